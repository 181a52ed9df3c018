import { addDays } from '@pitchdesk/domain';
import type { CalendarDate } from '@pitchdesk/domain';
import type { PartyInput } from '@pitchdesk/contracts';
import { todayAt } from '../../../src/common/property-clock';
import type { StaffRole } from '../../../src/staff-auth/staff-roles.decorator';
import type { TestApi } from './http-api';
import { bookStay } from './planning-staff';
import { createStaffUser, StaffBrowser } from './staff-browser';

export { pdfText } from './front-desk-pdf-text';

/** Test campsites are in Europe/Rome: "today" is the property's today there. */
export const TEST_TIME_ZONE = 'Europe/Rome';

/** The property's today plus `offset` days, as YYYY-MM-DD. */
export function dayFromToday(offset: number): string {
  return addDays(todayAt(TEST_TIME_ZONE) as CalendarDate, offset);
}

export interface DeskAnswer<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** A signed-in staff member at the desk, calling with the session cookie and, on writes, the CSRF token. */
export interface DeskCaller {
  readonly staffId: string;
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<DeskAnswer<T>>;
  /** A GET whose answer is kept as bytes (the receipt PDF). */
  download(path: string): Promise<DeskAnswer<Buffer>>;
}

export async function deskCaller(api: TestApi, role: StaffRole): Promise<DeskCaller> {
  const user = await createStaffUser(api.app, role);
  const browser = new StaffBrowser(api.baseUrl);
  const signedIn = await browser.signIn(user.email, user.password);
  if (signedIn.status !== 200) {
    throw new Error(`staff sign-in answered ${signedIn.status}`);
  }
  return {
    staffId: user.id,
    async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const answer = await browser.call<T>(method, path, { ...(body !== undefined && { body }), headers });
      return { status: answer.status, body: answer.body, headers: answer.headers };
    },
    async download(path: string) {
      const response = await fetch(`${api.baseUrl}/api${path}`, { headers: { cookie: `pd_session=${browser.sessionCookie ?? ''}` } });
      return { status: response.status, body: Buffer.from(await response.arrayBuffer()), headers: response.headers };
    },
  };
}

/** A confirmed booking whose stay is [today + from, today + to), made as a guest makes one. */
export async function bookAroundToday(api: TestApi, slug: string, unitId: string, from: number, to: number, party: PartyInput = { adults: 2 }) {
  return bookStay(api, slug, unitId, { arrival: dayFromToday(from), departure: dayFromToday(to) }, party);
}
