import { Injectable, Logger } from '@nestjs/common';
import { staffUserIdSchema } from '@pitchdesk/contracts';
import type { StaffSession } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { SessionStore, SessionStoreUnavailable } from './session-store';
import { StaffAuthError, StaffAuthErrorCode } from './staff-auth.errors';
import { StaffAuthRepository } from './staff-auth.repository';
import type { StaffPrincipal } from './staff-principal';
import { toStaffMember } from './staff-user';

export const signInRequired = (): StaffAuthError => new StaffAuthError(StaffAuthErrorCode.SIGN_IN_REQUIRED, 'Please sign in to continue.');

/** Staff sessions once signed in: check one, describe it, end it, revoke them all. */
@Injectable()
export class StaffAuthService {
  private readonly logger = new Logger(StaffAuthService.name);

  constructor(
    private readonly store: SessionStore,
    private readonly users: StaffAuthRepository,
  ) {}

  /**
   * The principal behind a session id: SIGN_IN_REQUIRED when there is none, it expired
   * or was revoked; SESSION_UNAVAILABLE when the store cannot tell (memcached down).
   */
  async authenticate(sessionId: string | undefined): Promise<StaffPrincipal> {
    if (!sessionId) {
      throw signInRequired();
    }
    const session = await this.storeCall(() => this.store.find(sessionId));
    if (!session) {
      throw signInRequired();
    }
    // The role and the revocation counter come from the database on every request, so a
    // role change or a revoke-all applies at once on every instance.
    const user = await this.users.findById(session.userId);
    if (!user || user.sessionGeneration !== session.generation) {
      await this.storeCall(() => this.store.destroy(sessionId));
      throw signInRequired();
    }
    return { sessionId, staff: toStaffMember(user), csrfToken: session.csrfToken, expiresAt: new Date(session.expiresAt) };
  }

  describe(principal: StaffPrincipal): StaffSession {
    return { staff: principal.staff, csrfToken: principal.csrfToken, expiresAt: principal.expiresAt.toISOString() };
  }

  async signOut(principal: StaffPrincipal): Promise<void> {
    await this.storeCall(() => this.store.destroy(principal.sessionId));
  }

  /** Ends every session of the user, on every instance, from their next request on. */
  async revokeAll(userId: string): Promise<void> {
    const id = parseInput(staffUserIdSchema, userId, 'id');
    if (!(await this.users.bumpSessionGeneration(id))) {
      throw new StaffAuthError(StaffAuthErrorCode.STAFF_USER_NOT_FOUND, `No staff user with id ${id}.`, { id });
    }
    this.logger.log({ message: 'staff sessions revoked', staffUserId: id });
  }

  private async storeCall<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SessionStoreUnavailable) {
        this.logger.warn({ message: 'staff session refused: session store unavailable', error: String(error.cause) });
        throw new StaffAuthError(StaffAuthErrorCode.SESSION_UNAVAILABLE, 'Please sign in again');
      }
      throw error;
    }
  }
}
