import { PricingError, StayError, parseDateRange } from '@pitchdesk/domain';
import type { DateRange, Party } from '@pitchdesk/domain';
import { ReservationsError, ReservationsErrorCode } from './reservations.errors';

/** Contract-validated stay dates as a domain range (the contract already checked the shape). */
export function toStay(stay: { arrival: string; departure: string }): DateRange {
  return parseDateRange(stay);
}

export function toParty(party: { adults: number; childrenAges?: number[]; pets?: number; vehicles?: number }): Party {
  return { adults: party.adults, childrenAges: party.childrenAges ?? [], pets: party.pets ?? 0, vehicles: party.vehicles ?? 0 };
}

/** Domain pricing/stay errors are about what the client asked for: a 422 with the reason. */
export function asClientError(error: unknown): never {
  if (error instanceof PricingError || error instanceof StayError) {
    throw new ReservationsError(ReservationsErrorCode.PRICING_FAILED, error.message, { reason: error.code });
  }
  throw error;
}
