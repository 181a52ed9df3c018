import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { STAFF_CSRF_HEADER } from '@pitchdesk/contracts';
import type { ApiError, StaffSession } from '@pitchdesk/contracts';
import { StaffAccounts } from '../../../src/staff-auth/staff-accounts.service';
import type { StaffRole } from '../../../src/staff-auth/staff-roles.decorator';

export interface StaffAnswer<T = ApiError> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
  /** The Set-Cookie values of the answer. */
  readonly cookies: string[];
}

export interface CallOptions {
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Send the session's CSRF token on a write (default true). */
  readonly csrf?: boolean;
}

/**
 * A console in a browser, as far as the API can tell: it keeps the session cookie the
 * API sets (and drops it when told to) and sends the CSRF token on writes.
 */
export class StaffBrowser {
  sessionCookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private baseUrl: string) {}

  /** The same browser talking to another API instance (behind one load balancer). */
  via(baseUrl: string): this {
    this.baseUrl = baseUrl;
    return this;
  }

  async signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<StaffAnswer<StaffSession & ApiError>> {
    const answer = await this.call<StaffSession & ApiError>('POST', '/staff/session', { body: { email, password }, headers, csrf: false });
    if (answer.status === 200) {
      this.csrfToken = answer.body.csrfToken;
    }
    return answer;
  }

  async call<T = ApiError>(method: string, path: string, options: CallOptions = {}): Promise<StaffAnswer<T>> {
    const write = !['GET', 'HEAD'].includes(method);
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...(this.sessionCookie && { cookie: `pd_session=${this.sessionCookie}` }),
        ...(write && options.csrf !== false && this.csrfToken && { [STAFF_CSRF_HEADER]: this.csrfToken }),
        ...options.headers,
      },
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    });
    const cookies = response.headers.getSetCookie();
    for (const cookie of cookies) {
      const match = /^pd_session=([^;]*)/.exec(cookie);
      if (match) {
        this.sessionCookie = /Max-Age=0(;|$)/.test(cookie) ? undefined : match[1];
      }
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers, cookies };
  }
}

export interface TestStaffUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly role: StaffRole;
}

/** A staff user with an address of its own, so counters and locks of other tests never touch it. */
export async function createStaffUser(app: INestApplicationContext, role: StaffRole): Promise<TestStaffUser> {
  const email = `${role}-${randomUUID()}@test.pitchdesk.localhost`;
  const password = `pw-${randomUUID()}`;
  const user = await app.get(StaffAccounts).save({ email, name: `Test ${role}`, role, password });
  return { id: user.id, email, password, role };
}
