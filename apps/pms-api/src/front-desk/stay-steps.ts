import type { RegistrationGap } from '@pitchdesk/contracts';
import type { ReservationStatus } from '../reservations/reservation.entity';
import { FrontDeskError, FrontDeskErrorCode } from './front-desk.errors';
import type { DeskStay } from './desk-stay';
import { formatMinor } from '../common/intl-formats';

/** Refuses a step for a stay in another state, naming the state and the ones the step takes. */
export function requireStatus(stay: Pick<DeskStay, 'status' | 'reference'>, allowed: readonly ReservationStatus[], step: string): void {
  if (!allowed.includes(stay.status)) {
    throw new FrontDeskError(FrontDeskErrorCode.WRONG_STATUS, `Cannot ${step} a ${stay.status} reservation (${stay.reference})`, {
      status: stay.status,
      allowed,
    });
  }
}

/**
 * Check-in: a confirmed stay, from its arrival day (property-local) up to its departure
 * day (a guest who came after the desk closed is still registered and checked in, then
 * out), with every guest registered as the police report needs.
 */
export function checkInAllowed(stay: DeskStay, today: string, gaps: readonly RegistrationGap[]): void {
  requireStatus(stay, ['confirmed'], 'check in');
  if (today < stay.arrival) {
    throw new FrontDeskError(FrontDeskErrorCode.TOO_EARLY, `Check-in opens on the arrival day, ${stay.arrival}`, { arrival: stay.arrival, today });
  }
  if (today > stay.departure) {
    throw new FrontDeskError(FrontDeskErrorCode.STAY_OVER, `The stay ended on ${stay.departure}`, { departure: stay.departure, today });
  }
  if (gaps.length > 0) {
    throw new FrontDeskError(FrontDeskErrorCode.REGISTRATION_INCOMPLETE, 'Registration is incomplete: fill in what is missing for each guest', { gaps });
  }
}

/**
 * Check-out: a checked-in stay, settled (balance zero) unless an override says why not.
 * Returns whether the override was needed (and so is recorded as used).
 */
export function checkOutAllowed(stay: DeskStay, balanceMinor: number, override: { reason: string } | undefined): boolean {
  requireStatus(stay, ['checked-in'], 'check out');
  if (balanceMinor === 0) {
    return false;
  }
  if (!override) {
    throw new FrontDeskError(FrontDeskErrorCode.BALANCE_OPEN, `The balance is not settled: ${formatMinor(balanceMinor, stay.currency, 'en')} open`, {
      balanceMinor,
      currency: stay.currency,
    });
  }
  return true;
}

/** Nights an early departure gives back: [today, departure) when today is before departure, else none. */
export function nightsToRelease(stay: Pick<DeskStay, 'arrival' | 'departure'>, today: string): { from: string; to: string } | null {
  if (today >= stay.departure) {
    return null;
  }
  return { from: today > stay.arrival ? today : stay.arrival, to: stay.departure };
}
