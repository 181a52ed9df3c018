import type { StaffAccountInput } from '../staff-auth/staff-accounts.service';

/**
 * The demo's staff, one per role, with fixed ids and published passwords: demo data
 * only (the seed-demo job never runs against a customer's stack).
 */
export const DEMO_STAFF: readonly (StaffAccountInput & { readonly id: string })[] = [
  { id: 'b6a0e0c2-5d1f-4c5e-9a51-0d3a8e6f2a01', email: 'admin@demo.pitchdesk.localhost', name: 'Alessia Admin', role: 'admin', password: 'demo-admin-pass' },
  { id: 'b6a0e0c2-5d1f-4c5e-9a51-0d3a8e6f2a02', email: 'reception@demo.pitchdesk.localhost', name: 'Renzo Reception', role: 'reception', password: 'demo-reception-pass' },
  { id: 'b6a0e0c2-5d1f-4c5e-9a51-0d3a8e6f2a03', email: 'readonly@demo.pitchdesk.localhost', name: 'Rita Read-only', role: 'read-only', password: 'demo-readonly-pass' },
];
