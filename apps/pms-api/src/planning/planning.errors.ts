import { ContextError } from '../common/context-error';

export const PlanningErrorCode = {
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  RESERVATION_NOT_FOUND: 'RESERVATION_NOT_FOUND',
  CLOSURE_NOT_FOUND: 'CLOSURE_NOT_FOUND',
  /** Some nights are held, booked or closed; details.conflicts say which and by what. */
  UNIT_TAKEN: 'UNIT_TAKEN',
  /** Only confirmed bookings move: a hold belongs to a guest's checkout, a cancelled stay to nobody. */
  NOT_MOVABLE: 'NOT_MOVABLE',
  /** The party does not fit the unit (guests, pets, vehicles); details.violations explain. */
  UNIT_UNSUITABLE: 'UNIT_UNSUITABLE',
  PRICING_FAILED: 'PRICING_FAILED',
} as const;
export type PlanningErrorCode = (typeof PlanningErrorCode)[keyof typeof PlanningErrorCode];

/** The one error type of the planning context (board, closures, moves). */
export class PlanningError extends ContextError<PlanningErrorCode> {}
