import { Module } from '@nestjs/common';
import { PasswordHasher } from './password-hasher';
import { StaffAccounts } from './staff-accounts.service';
import { StaffAuthRepository } from './staff-auth.repository';

/** Staff users and their passwords, without HTTP: the demo seeder (a job) uses it too. */
@Module({
  providers: [StaffAuthRepository, PasswordHasher, StaffAccounts],
  exports: [StaffAuthRepository, PasswordHasher, StaffAccounts],
})
export class StaffAccountsModule {}
