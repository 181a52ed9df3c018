import { Injectable, Logger } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STAFF_CSRF_HEADER } from '@pitchdesk/contracts';
import { crossOriginReason, isWrite, tokensMatch } from './csrf';
import { SessionCookie, STAFF_PATH } from './session-cookie';
import { StaffAuthError, StaffAuthErrorCode } from './staff-auth.errors';
import { StaffAuthService } from './staff-auth.service';
import { attachPrincipal } from './staff-principal';
import type { StaffPrincipal } from './staff-principal';
import { STAFF_ROLES_KEY } from './staff-roles.decorator';
import type { StaffRole } from './staff-roles.decorator';
import { STAFF_SIGN_IN_KEY } from './staff-sign-in.decorator';

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export const isStaffPath = (path: string): boolean => path === STAFF_PATH || path.startsWith(`${STAFF_PATH}/`);

const csrfRejected = (reason: string): StaffAuthError =>
  new StaffAuthError(StaffAuthErrorCode.CSRF_REJECTED, 'This change was refused because it did not come from the PMS console. Reload the console and try again.', {
    reason,
  });

/**
 * On every staff controller (@StaffController). Routes with no @StaffRoles, not under
 * /api/staff) pass untouched, without a look at memcached. Staff routes, in order:
 * another origin's write -> 403 CSRF_REJECTED; no live session -> 401; a write without
 * the session's CSRF token -> 403 CSRF_REJECTED; a role not listed -> 403 ROLE_FORBIDDEN.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  private readonly logger = new Logger(StaffAuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: StaffAuthService,
    private readonly cookie: SessionCookie,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return true;
    }
    const targets = [context.getHandler(), context.getClass()];
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(STAFF_ROLES_KEY, targets);
    const signIn = this.reflector.getAllAndOverride<boolean | undefined>(STAFF_SIGN_IN_KEY, targets) === true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const route = request.routeOptions.url ?? request.url;
    if (!roles && !signIn && !isStaffPath(route)) {
      return true;
    }
    const write = isWrite(request.method);
    const crossOrigin = write
      ? crossOriginReason({ secFetchSite: header(request, 'sec-fetch-site'), origin: header(request, 'origin'), host: header(request, 'host') })
      : null;
    if (crossOrigin) {
      throw csrfRejected(crossOrigin);
    }
    if (signIn) {
      return true;
    }
    if (!roles) {
      // Fail closed: a staff route someone forgot to declare is nobody's route.
      this.logger.error({ message: 'staff route without @StaffRoles refused', route, method: request.method });
      throw new StaffAuthError(StaffAuthErrorCode.ROLE_FORBIDDEN, 'This staff route declares no roles, so nobody may use it.');
    }
    const principal = await this.authenticate(request, context.switchToHttp().getResponse<FastifyReply>());
    if (write && !tokensMatch(principal.csrfToken, header(request, STAFF_CSRF_HEADER))) {
      throw csrfRejected(`missing or wrong ${STAFF_CSRF_HEADER} header`);
    }
    if (!roles.includes(principal.staff.role)) {
      throw new StaffAuthError(
        StaffAuthErrorCode.ROLE_FORBIDDEN,
        `Your role (${principal.staff.role}) may not do this; it takes ${roles.join(' or ')}.`,
        { role: principal.staff.role, allowed: roles },
      );
    }
    attachPrincipal(request, principal);
    return true;
  }

  private async authenticate(request: FastifyRequest, reply: FastifyReply): Promise<StaffPrincipal> {
    const sessionId = this.cookie.read(request);
    try {
      return await this.auth.authenticate(sessionId);
    } catch (error) {
      // An ended session's cookie is useless: tell the browser to drop it.
      if (sessionId && error instanceof StaffAuthError && error.code === StaffAuthErrorCode.SIGN_IN_REQUIRED) {
        this.cookie.clear(reply);
      }
      throw error;
    }
  }
}
