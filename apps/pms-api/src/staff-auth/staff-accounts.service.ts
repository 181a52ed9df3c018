import { Injectable } from '@nestjs/common';
import { PasswordHasher } from './password-hasher';
import { StaffAuthRepository } from './staff-auth.repository';
import type { StaffRole } from './staff-roles.decorator';
import type { StaffUser } from './staff-user';

export interface StaffAccountInput {
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly password: string;
}

/** Creates staff users, or resets them (demo data, and tests until an admin UI exists). */
@Injectable()
export class StaffAccounts {
  constructor(
    private readonly users: StaffAuthRepository,
    private readonly passwords: PasswordHasher,
  ) {}

  /** Creates the user, or resets name, role and password of the one with that e-mail address (revoking its sessions). */
  async save(input: StaffAccountInput, id?: string): Promise<StaffUser> {
    const passwordHash = await this.passwords.hash(input.password);
    // Sign-in lowercases what it is given, so stored addresses must be lowercase too.
    return this.users.upsertByEmail({ email: input.email.trim().toLowerCase(), name: input.name, role: input.role, passwordHash }, id);
  }
}
