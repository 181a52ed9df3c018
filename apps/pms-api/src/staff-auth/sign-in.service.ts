import { Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { signInRequestSchema } from '@pitchdesk/contracts';
import type { StaffSession } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { PasswordHasher } from './password-hasher';
import { SessionStore } from './session-store';
import { SignInThrottle, signInUnavailable } from './sign-in-throttle';
import { StaffAuthRepository } from './staff-auth.repository';
import { toStaffMember } from './staff-user';

export interface SignedIn {
  readonly sessionId: string;
  readonly session: StaffSession;
}

/** Signing in: throttled, the same answer and about the same time whether or not the address exists. */
@Injectable()
export class SignInService implements OnModuleInit {
  private readonly logger = new Logger(SignInService.name);

  constructor(
    private readonly throttle: SignInThrottle,
    private readonly users: StaffAuthRepository,
    private readonly passwords: PasswordHasher,
    private readonly store: SessionStore,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.passwords.prepareNobody();
  }

  async signIn(body: unknown, clientIp: string, previousSessionId: string | undefined): Promise<SignedIn> {
    const { email, password } = parseInput(signInRequestSchema, body, 'body');
    const now = Date.now();
    await this.throttle.admitAddress(clientIp, now);
    await this.throttle.assertUnlocked(email, now);
    const user = await this.users.findByEmail(email);
    const valid = user ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyNobody(password);
    if (!user || !valid) {
      this.logger.log({ message: 'staff sign-in failed', clientIp });
      return this.throttle.recordFailure(email, now);
    }
    await this.throttle.clearFailures(email);
    if (this.passwords.isOutdated(user.passwordHash)) {
      await this.users.replacePasswordHash(user.id, await this.passwords.hash(password));
    }
    const { id, session } = await this.store.create(user.id, user.sessionGeneration).catch((error: unknown) => {
      throw signInUnavailable(error);
    });
    // A browser signing in again leaves no live session behind.
    if (previousSessionId) {
      await this.store.destroy(previousSessionId).catch(() => undefined);
    }
    this.logger.log({ message: 'staff signed in', staffUserId: user.id, clientIp });
    return {
      sessionId: id,
      session: { staff: toStaffMember(user), csrfToken: session.csrfToken, expiresAt: new Date(session.expiresAt).toISOString() },
    };
  }
}
