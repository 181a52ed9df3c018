import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { principalOf } from './staff-principal';

/** Who acts, as audit events and closures record them: a staff user's id; 'system' for jobs. */
export type Actor = string;

/** Only reachable on a route the staff guard does not cover: recorded rather than lost. */
export const UNKNOWN_ACTOR: Actor = 'unknown';

/** The staff member the staff guard signed in for this request (request-scoped, never global). */
export const StaffActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  return principalOf(context.switchToHttp().getRequest<FastifyRequest>())?.staff.id ?? UNKNOWN_ACTOR;
});
