import { parseDateRange, subtract } from '@pitchdesk/domain';
import type { DateRange } from '@pitchdesk/domain';
import { ValidationFailedError } from '../common/validation';
import { MAX_STAY_NIGHTS, nightsOfStay } from '@pitchdesk/contracts';

/** Where a booking is: a unit and the nights [arrival, departure) on it. */
export interface Placement {
  readonly unitId: string;
  readonly stay: DateRange;
}

export interface MovePlan {
  /** The request asked for where the booking already is: nothing to do. */
  readonly unchanged: boolean;
  readonly unitChanged: boolean;
  readonly datesChanged: boolean;
  /** Nights to take on the target unit first; the booking keeps nights it already has there. */
  readonly claims: readonly DateRange[];
  /** Nights to give back on the current unit, once every claim has succeeded. */
  readonly releases: readonly DateRange[];
}

/**
 * The target of a move: what the request names, the rest as booked. A departure that is
 * not after the arrival is the client's mistake, named on the field it sent.
 */
export function targetOf(current: Placement, request: { unitId?: string; arrival?: string; departure?: string }): Placement {
  const arrival = request.arrival ?? current.stay.arrival;
  const departure = request.departure ?? current.stay.departure;
  if (departure <= arrival) {
    const field = request.departure === undefined ? 'body.arrival' : 'body.departure';
    throw new ValidationFailedError({ [field]: `departure (${departure}) must be after arrival (${arrival})` });
  }
  if (nightsOfStay(arrival, departure) > MAX_STAY_NIGHTS) {
    const field = request.departure === undefined ? 'body.arrival' : 'body.departure';
    throw new ValidationFailedError({ [field]: `a stay is at most ${MAX_STAY_NIGHTS} nights (${arrival} to ${departure})` });
  }
  return { unitId: request.unitId ?? current.unitId, stay: parseDateRange({ arrival, departure }) };
}

/**
 * Which nights a move takes and gives back. On the same unit only the difference moves,
 * so a booking extended by two nights claims two nights (claiming all of them would
 * collide with its own rows under the primary key).
 */
export function planMove(current: Placement, target: Placement): MovePlan {
  const unitChanged = current.unitId !== target.unitId;
  const datesChanged = current.stay.arrival !== target.stay.arrival || current.stay.departure !== target.stay.departure;
  if (unitChanged) {
    return { unchanged: false, unitChanged, datesChanged, claims: [target.stay], releases: [current.stay] };
  }
  return {
    unchanged: !datesChanged,
    unitChanged,
    datesChanged,
    claims: subtract(target.stay, current.stay),
    releases: subtract(current.stay, target.stay),
  };
}

/**
 * Which rate card prices a moved booking. Same nights on another unit: the card it was
 * booked with, as of the day it was booked (the guest keeps their prices and early-booking
 * discount; only the unit type's rate may differ). Other nights: today's card, as of
 * today, as a new booking of those nights would be priced; the booked card may not even
 * have a season for them.
 */
export function pricingBasis(plan: Pick<MovePlan, 'datesChanged'>): 'as-booked' | 'current' {
  return plan.datesChanged ? 'current' : 'as-booked';
}
