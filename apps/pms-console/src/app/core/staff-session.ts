import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Service, signal } from '@angular/core';
import type { SignInRequestBody, StaffMember, StaffSession as StaffSessionBody } from '@pitchdesk/contracts';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { firstValueFrom } from 'rxjs';

/**
 * Same value as `STAFF_CSRF_HEADER` in `@pitchdesk/contracts` (a spec keeps them equal):
 * importing the value would pull the contract schemas, and zod, into the console shell.
 */
export const CSRF_HEADER = 'x-csrf-token';

/** The signed-in staff member and the CSRF token of their session; the cookie itself is HttpOnly. */
@Service()
export class StaffSession {
  private readonly http = inject(HttpClient);
  private readonly config = inject(RuntimeConfig);
  private readonly session = signal<StaffSessionBody | null>(null);
  private restoring: Promise<boolean> | undefined;

  readonly staff = computed<StaffMember | null>(() => this.session()?.staff ?? null);
  readonly signedIn = computed(() => this.session() !== null);
  readonly csrfToken = computed(() => this.session()?.csrfToken ?? null);

  get url(): string {
    return `${this.config.current.apiBaseUrl}/staff/session`;
  }

  /** Once per page load: asks the API whether the cookie still holds a session. */
  restore(): Promise<boolean> {
    this.restoring ??= this.fetch().then(
      (body) => {
        this.session.set(body);
        return true;
      },
      (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          return false;
        }
        // Unreachable API: let the next navigation ask again.
        this.restoring = undefined;
        return false;
      },
    );
    return this.restoring;
  }

  /** Rejects with the API's HttpErrorResponse (INVALID_CREDENTIALS, ACCOUNT_LOCKED, ...). */
  async signIn(body: SignInRequestBody): Promise<StaffMember> {
    const session = await firstValueFrom(this.http.post<StaffSessionBody>(this.url, body));
    this.session.set(session);
    this.restoring = Promise.resolve(true);
    return session.staff;
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.delete(this.url));
    } finally {
      this.clear();
    }
  }

  /** The session ended on the server (401): forget it here too. */
  clear(): void {
    this.session.set(null);
    this.restoring = Promise.resolve(false);
  }

  /** Stores a session read by someone else (the interceptor refetching the CSRF token). */
  adopt(body: StaffSessionBody): void {
    this.session.set(body);
  }

  private fetch(): Promise<StaffSessionBody> {
    return firstValueFrom(this.http.get<StaffSessionBody>(this.url));
  }
}
