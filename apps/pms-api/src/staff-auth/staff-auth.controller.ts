import { Body, Delete, Get, Header, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { StaffController } from './staff-controller.decorator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffMember, StaffSession } from '@pitchdesk/contracts';
import { SessionCookie } from './session-cookie';
import { SignInService } from './sign-in.service';
import { StaffAuthService } from './staff-auth.service';
import { CurrentStaff } from './staff-principal';
import type { StaffPrincipal } from './staff-principal';
import { StaffRoles } from './staff-roles.decorator';
import { StaffSignIn } from './staff-sign-in.decorator';
import { StaffClientIp } from './staff-client-ip';

/** Sign-in, the current session, sign-out and revoke-all; the staff guard checks each. */
@StaffController('staff')
export class StaffAuthController {
  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: StaffAuthService,
    private readonly cookie: SessionCookie,
    private readonly clientIp: StaffClientIp,
  ) {}

  @Post('session')
  @StaffSignIn()
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  async signIn(@Body() body: unknown, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<StaffSession> {
    const { sessionId, session } = await this.signIns.signIn(body, this.clientIp.of(request), this.cookie.read(request));
    this.cookie.set(reply, sessionId);
    return session;
  }

  @Get('session')
  @StaffRoles('admin', 'reception', 'read-only')
  @Header('cache-control', 'no-store')
  current(@CurrentStaff() principal: StaffPrincipal): StaffSession {
    return this.sessions.describe(principal);
  }

  @Delete('session')
  @StaffRoles('admin', 'reception', 'read-only')
  @HttpCode(204)
  async signOut(@CurrentStaff() principal: StaffPrincipal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.signOut(principal);
    this.cookie.clear(reply);
  }

  @Get('me')
  @StaffRoles('admin', 'reception', 'read-only')
  @Header('cache-control', 'no-store')
  me(@CurrentStaff() principal: StaffPrincipal): StaffMember {
    return principal.staff;
  }

  @Post('users/:id/sessions/revocation')
  @StaffRoles('admin')
  @HttpCode(204)
  revokeAll(@Param('id') id: string): Promise<void> {
    return this.sessions.revokeAll(id);
  }
}
