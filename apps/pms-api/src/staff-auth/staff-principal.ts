import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { StaffMember } from '@pitchdesk/contracts';

/** Who is calling a staff route, as the staff guard established it. */
export interface StaffPrincipal {
  readonly sessionId: string;
  readonly staff: StaffMember;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

// A WeakMap rather than a property on the request: nothing else can set or forge it.
const principals = new WeakMap<FastifyRequest, StaffPrincipal>();

export function attachPrincipal(request: FastifyRequest, principal: StaffPrincipal): void {
  principals.set(request, principal);
}

/** The principal the staff guard established for this request; undefined on routes it does not guard. */
export function principalOf(request: FastifyRequest): StaffPrincipal | undefined {
  return principals.get(request);
}

/** The signed-in staff member of a route that declares `@StaffRoles(...)`. */
export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffPrincipal => {
  const principal = principalOf(context.switchToHttp().getRequest<FastifyRequest>());
  if (!principal) {
    throw new Error('@CurrentStaff() on a route without @StaffRoles(...): the staff guard did not run for it');
  }
  return principal;
});
