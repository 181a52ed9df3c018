import { Injectable } from '@nestjs/common';
import type { DateRange } from '@pitchdesk/domain';
import type { UnitOfWork } from '../database/unit-of-work';
import { ReservationsRepository } from '../reservations/reservations.repository';
import { withDeadlockRetry } from '../reservations/transaction-retry';
import { PlanningError, PlanningErrorCode } from './planning.errors';
import { PlanningRepository } from './planning.repository';

/** Where a refused claim wanted to go, carried from the rolled-back transaction to the conflict lookup. */
interface RefusedClaim {
  readonly unitId: string;
  readonly stay: DateRange;
  readonly claimant: string;
}

/**
 * Claims unit-nights for staff changes exactly as holds and bookings do (the same
 * statement, the same primary key), and turns a refusal into a 409 that names what holds
 * the nights.
 */
@Injectable()
export class UnitNightClaims {
  constructor(
    private readonly reservations: ReservationsRepository,
    private readonly planning: PlanningRepository,
  ) {}

  /**
   * Takes [stay) on the unit for good (no hold expiry), or throws UNIT_TAKEN; `report`
   * is the range a refusal names (a move reports its whole target stay).
   */
  async claim(
    work: UnitOfWork,
    claim: { unitId: string; propertyId: string; claimant: string; stay: DateRange; kind: 'reservation' | 'closure'; report?: DateRange },
  ): Promise<void> {
    const outcome = await this.reservations.claimUnitNights(work, {
      unitId: claim.unitId,
      propertyId: claim.propertyId,
      reservationId: claim.claimant,
      stay: claim.stay,
      holdExpiresAt: null,
      kind: claim.kind,
    });
    if (outcome === 'taken') {
      const refused: RefusedClaim = { unitId: claim.unitId, stay: claim.report ?? claim.stay, claimant: claim.claimant };
      throw new PlanningError(PlanningErrorCode.UNIT_TAKEN, 'Some of these nights are held, booked or closed on this unit', { refused });
    }
  }

  /**
   * Runs `work` in one transaction on the primary (retried on deadlock). A refused claim
   * rolls everything back; the nights that caused it are then read on the primary and
   * sent with the 409 as `conflicts`.
   */
  async transaction<T>(work: (unitOfWork: UnitOfWork) => Promise<T>): Promise<T> {
    try {
      return await withDeadlockRetry(() => this.reservations.transaction(work));
    } catch (error) {
      if (!(error instanceof PlanningError) || error.code !== PlanningErrorCode.UNIT_TAKEN) {
        throw error;
      }
      const refused = error.details['refused'] as RefusedClaim;
      const conflicts = await this.planning.conflicts(refused.unitId, refused.stay, refused.claimant);
      throw new PlanningError(PlanningErrorCode.UNIT_TAKEN, error.message, {
        unitId: refused.unitId,
        arrival: refused.stay.arrival,
        departure: refused.stay.departure,
        conflicts,
      });
    }
  }
}
