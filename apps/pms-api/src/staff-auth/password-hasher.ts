import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { argon2id, hash, needsRehash, verify } from 'argon2';

/**
 * argon2id at OWASP's first recommended setting (m = 19 MiB, t = 2, p = 1): about 35 ms
 * per verification on one core. Memory is what makes GPU cracking expensive, but every
 * concurrent sign-in holds m in an API task that also serves guests' bookings, so a flood
 * of attempts (capped per address and per account) must not exhaust a small task. The
 * parameters travel in each PHC hash string: raise them here and users are rehashed at
 * their next sign-in.
 */
export const PASSWORD_HASH_OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private readonly logger = new Logger(PasswordHasher.name);
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, PASSWORD_HASH_OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch (error) {
      // A corrupt stored hash must not become a 500 that tells this user apart.
      this.logger.error({ message: 'stored password hash cannot be verified', error: String(error) });
      return false;
    }
  }

  /**
   * Spends what a real verification spends and answers false: sign-in with an unknown
   * e-mail address must take as long as with a known one and a wrong password.
   */
  async verifyNobody(password: string): Promise<false> {
    await verify(await this.prepareNobody(), password);
    return false;
  }

  /** Makes the hash verifyNobody checks against, so that the first unknown address is not slower either. */
  prepareNobody(): Promise<string> {
    this.dummyHash ??= this.hash(randomBytes(32).toString('base64url'));
    return this.dummyHash;
  }

  isOutdated(passwordHash: string): boolean {
    return needsRehash(passwordHash, PASSWORD_HASH_OPTIONS);
  }
}
