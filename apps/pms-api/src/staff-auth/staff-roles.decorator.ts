import { SetMetadata } from '@nestjs/common';

/** What a staff member may do: admin (everything), reception (run the day), read-only (look). */
export const STAFF_ROLES = ['admin', 'reception', 'read-only'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLES_KEY = 'pitchdesk:staff-roles';

/**
 * Declares a staff route and the roles allowed on it. Every route under `/api/staff`
 * must carry it (a test walks the route table); the staff guard answers 401 without a
 * valid session and 403 for a role not listed.
 */
export const StaffRoles = (...roles: [StaffRole, ...StaffRole[]]) => SetMetadata(STAFF_ROLES_KEY, roles);
