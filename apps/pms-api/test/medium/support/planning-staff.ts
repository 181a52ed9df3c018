import { randomUUID } from 'node:crypto';
import type { BookingCreated, HoldResponse, PartyInput } from '@pitchdesk/contracts';
import { DatabaseSessions } from '../../../src/database/database-sessions';
import type { StaffRole } from '../../../src/staff-auth/staff-roles.decorator';
import type { ApiAnswer, TestApi } from './http-api';
import { createStaffUser, StaffBrowser } from './staff-browser';

export const guest = { firstName: 'Giulia', lastName: 'Rossi', email: 'giulia.rossi@example.org', country: 'IT' };

/** Calls staff routes (`/api/staff/...`) as one staff member would from the console. */
export interface StaffCaller {
  /** The signed-in staff member's id: what audit events and closures record as the actor. */
  readonly staffId: string;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>>;
}

/**
 * How the planning tests reach the staff routes: a fresh staff member of `role` signed in
 * through the staff-auth test support (session cookie, CSRF token on writes).
 */
export async function staffCaller(api: TestApi, role: StaffRole = 'reception'): Promise<StaffCaller> {
  const user = await createStaffUser(api.app, role);
  const browser = new StaffBrowser(api.baseUrl);
  const signedIn = await browser.signIn(user.email, user.password);
  if (signedIn.status !== 200) {
    throw new Error(`staff sign-in answered ${signedIn.status}: ${JSON.stringify(signedIn.body)}`);
  }
  return {
    staffId: user.id,
    async call<T>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
      const answer = await browser.call<T>(method, path, body === undefined ? {} : { body });
      return { status: answer.status, body: answer.body };
    },
  };
}

/** A confirmed booking made as a guest makes one: hold, then book. */
export async function bookStay(
  api: TestApi,
  slug: string,
  unitId: string,
  stay: { arrival: string; departure: string },
  party: PartyInput = { adults: 2 },
  extras: { code: string; quantity: number }[] = [],
): Promise<{ id: string; reference: string; manageToken: string; booking: BookingCreated['booking'] }> {
  const held = await api.call<HoldResponse>('POST', `/properties/${slug}/holds`, { body: { unitId, stay, party } });
  if (held.status !== 201) {
    throw new Error(`hold answered ${held.status}: ${JSON.stringify(held.body)}`);
  }
  const booked = await api.call<BookingCreated>('POST', '/bookings', {
    body: { holdId: held.body.holdId, guest, extras, locale: 'it' },
    headers: { 'idempotency-key': randomUUID() },
  });
  if (booked.status !== 201) {
    throw new Error(`booking answered ${booked.status}: ${JSON.stringify(booked.body)}`);
  }
  return { id: held.body.holdId, reference: booked.body.booking.reference, manageToken: booked.body.manageToken, booking: booked.body.booking };
}

/** Raw SQL on the primary, for checks made independently of the code under test. */
export function sql<T = Record<string, unknown>>(api: TestApi, query: string, parameters: unknown[] = []): Promise<T[]> {
  return api.app.get(DatabaseSessions).read('primary', (manager) => manager.query(query, parameters) as Promise<T[]>);
}

/** The unit-nights a claimant (reservation or closure) holds, as `unitId night` lines in order. */
export async function nightsOf(api: TestApi, claimant: string): Promise<string[]> {
  const rows = await sql<{ unit_id: string; night: string }>(
    api,
    "SELECT unit_id, DATE_FORMAT(night, '%Y-%m-%d') AS night FROM unit_nights WHERE reservation_id = ? ORDER BY unit_id, night",
    [claimant],
  );
  return rows.map((row) => `${row.unit_id} ${row.night}`);
}

/** `unitId night` lines for every night of [arrival, departure) on the unit. */
export function nightLines(unitId: string, arrival: string, departure: string): string[] {
  const lines: string[] = [];
  for (let time = Date.parse(`${arrival}T00:00:00Z`); time < Date.parse(`${departure}T00:00:00Z`); time += 86_400_000) {
    lines.push(`${unitId} ${new Date(time).toISOString().slice(0, 10)}`);
  }
  return lines;
}

/**
 * Live reservations and closures of the property whose nights overlap on one unit, found
 * from their own rows (not from unit_nights): must always be empty.
 */
export async function overlappingLiveStays(api: TestApi, propertyId: string): Promise<unknown[]> {
  return sql(
    api,
    `SELECT a.id, b.id AS other FROM (
        SELECT id, unit_id, arrival, departure FROM reservations
         WHERE property_id = ? AND (status = 'confirmed' OR (status = 'held' AND hold_expires_at > UTC_TIMESTAMP(6)))
        UNION ALL
        SELECT id, unit_id, starts_on, ends_on FROM unit_closures WHERE property_id = ? AND reopened_at IS NULL
      ) a JOIN (
        SELECT id, unit_id, arrival, departure FROM reservations
         WHERE property_id = ? AND (status = 'confirmed' OR (status = 'held' AND hold_expires_at > UTC_TIMESTAMP(6)))
        UNION ALL
        SELECT id, unit_id, starts_on, ends_on FROM unit_closures WHERE property_id = ? AND reopened_at IS NULL
      ) b ON a.unit_id = b.unit_id AND a.id < b.id AND a.arrival < b.departure AND b.arrival < a.departure`,
    [propertyId, propertyId, propertyId, propertyId],
  );
}

export interface AuditRow {
  actor: string;
  action: string;
  subject_type: string;
  before_state: unknown;
  after_state: unknown;
}

export async function auditOf(api: TestApi, subjectId: string): Promise<AuditRow[]> {
  const rows = await sql<AuditRow>(
    api,
    'SELECT actor, action, subject_type, before_state, after_state FROM audit_events WHERE subject_id = ? ORDER BY id',
    [subjectId],
  );
  const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
  return rows.map((row) => ({ ...row, before_state: json(row.before_state), after_state: json(row.after_state) }));
}
