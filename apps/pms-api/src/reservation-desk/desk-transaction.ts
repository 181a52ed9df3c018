import { PlanningError, PlanningErrorCode } from '../planning/planning.errors';
import type { UnitNightClaims } from '../planning/unit-night-claims';
import type { UnitOfWork } from '../database/unit-of-work';
import { ReservationDeskError, ReservationDeskErrorCode } from './reservation-desk.errors';

/**
 * A desk change in one primary transaction, its nights claimed as the planning board
 * claims them (same statement, same primary key, deadlocks retried). A refused claim
 * rolls everything back and becomes the desk's own 409 UNIT_TAKEN, with the conflicting
 * nights the claims read after the rollback.
 */
export async function deskTransaction<T>(claims: UnitNightClaims, work: (unitOfWork: UnitOfWork) => Promise<T>): Promise<T> {
  try {
    return await claims.transaction(work);
  } catch (error) {
    if (error instanceof PlanningError && error.code === PlanningErrorCode.UNIT_TAKEN) {
      throw new ReservationDeskError(ReservationDeskErrorCode.UNIT_TAKEN, error.message, error.details);
    }
    throw error;
  }
}
