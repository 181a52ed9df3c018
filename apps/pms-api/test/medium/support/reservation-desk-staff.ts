import { randomUUID } from 'node:crypto';
import type { ApiError, DeskBookingRequestBody, ReservationDetail } from '@pitchdesk/contracts';
import { parseDateRange, quoteStay } from '@pitchdesk/domain';
import type { Quote, RateCard } from '@pitchdesk/domain';
import { todayAt } from '../../../src/common/property-clock';
import type { StaffRole } from '../../../src/staff-auth/staff-roles.decorator';
import type { ApiAnswer, TestApi } from './http-api';
import { sql } from './planning-staff';
import { createStaffUser, StaffBrowser } from './staff-browser';

/** A signed-in staff member calling the desk routes of one property, with any headers (Idempotency-Key, If-Match). */
export interface DeskCaller {
  readonly staffId: string;
  readonly name: string;
  call<T = ApiError>(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<ApiAnswer<T> & { headers: Headers }>;
}

export async function deskCaller(api: TestApi, slug: string, role: StaffRole = 'reception'): Promise<DeskCaller> {
  const user = await createStaffUser(api.app, role);
  const browser = new StaffBrowser(api.baseUrl);
  const signedIn = await browser.signIn(user.email, user.password);
  if (signedIn.status !== 200) {
    throw new Error(`staff sign-in answered ${signedIn.status}: ${JSON.stringify(signedIn.body)}`);
  }
  return {
    staffId: user.id,
    name: `Test ${role}`,
    async call<T>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
      const answer = await browser.call<T>(method, `/staff/properties/${slug}/reservations${path}`, options);
      return { status: answer.status, body: answer.body, headers: answer.headers };
    },
  };
}

/** Books at the desk with a fresh Idempotency-Key; fails the test unless it answers 201. */
export async function deskBook(desk: DeskCaller, body: DeskBookingRequestBody): Promise<ReservationDetail> {
  const answer = await desk.call<ReservationDetail>('POST', '', { body, headers: { 'idempotency-key': randomUUID() } });
  if (answer.status !== 201) {
    throw new Error(`desk booking answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** The quote the booking engine would give today (property in Europe/Rome). */
export function quoteOf(card: RateCard, unitTypeCode: string, arrival: string, departure: string, party: { adults: number; childrenAges?: number[]; pets?: number }, extras: { code: string; quantity: number }[] = []): Quote {
  return quoteStay(card, {
    unitTypeCode,
    stay: parseDateRange({ arrival, departure }),
    party: { adults: party.adults, childrenAges: party.childrenAges ?? [], pets: party.pets ?? 0, vehicles: 0 },
    extras,
    bookedOn: todayAt('Europe/Rome'),
  });
}

/** The folio lines as stored, in order, amounts as numbers. */
export async function folioOf(api: TestApi, reservationId: string): Promise<{ kind: string; code: string; amount: number }[]> {
  const rows = await sql<{ kind: string; code: string; amount_minor: string | number }>(
    api,
    'SELECT kind, code, amount_minor FROM folio_lines WHERE reservation_id = ? ORDER BY id',
    [reservationId],
  );
  return rows.map((row) => ({ kind: row.kind, code: row.code, amount: Number(row.amount_minor) }));
}

/** What the reservations table says, read independently of the code under test. */
export async function storedRow(api: TestApi, reservationId: string): Promise<Record<string, unknown> | undefined> {
  return (
    await sql(api, 'SELECT status, unit_id, arrival, departure, total_minor, version, channel, cancellation_fee_minor FROM reservations WHERE id = ?', [
      reservationId,
    ])
  )[0];
}

/** `YYYY-MM-DD`, `days` after today in Rome. */
export function daysFromToday(days: number): string {
  const today = Date.parse(`${todayAt('Europe/Rome')}T00:00:00Z`);
  return new Date(today + days * 86_400_000).toISOString().slice(0, 10);
}
