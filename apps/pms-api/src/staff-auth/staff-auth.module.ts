import { Module } from '@nestjs/common';
import { SessionCookie } from './session-cookie';
import { SessionStore } from './session-store';
import { SignInThrottle } from './sign-in-throttle';
import { SignInService } from './sign-in.service';
import { StaffAccountsModule } from './staff-accounts.module';
import { StaffAuthController } from './staff-auth.controller';
import { StaffAuthGuard } from './staff-auth.guard';
import { StaffAuthService } from './staff-auth.service';
import { StaffClientIp } from './staff-client-ip';

/**
 * Staff sign-in and sessions over HTTP, and the guard that enforces `@StaffRoles(...)`
 * on staff controllers (`@StaffController`); their modules import this one.
 */
@Module({
  imports: [StaffAccountsModule],
  controllers: [StaffAuthController],
  providers: [
    SessionStore,
    SessionCookie,
    SignInThrottle,
    SignInService,
    StaffAuthService,
    StaffClientIp,
    StaffAuthGuard,
  ],
  exports: [StaffAuthGuard, StaffAuthService, SessionCookie],
})
export class StaffAuthModule {}
