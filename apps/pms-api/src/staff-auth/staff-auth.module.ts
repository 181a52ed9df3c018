import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
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
 * Staff sign-in and sessions over HTTP, and the global guard that enforces
 * `@StaffRoles(...)` on every route of the app.
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
    { provide: APP_GUARD, useClass: StaffAuthGuard },
  ],
})
export class StaffAuthModule {}
