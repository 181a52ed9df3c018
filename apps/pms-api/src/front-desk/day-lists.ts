import { registrationGaps } from '@pitchdesk/contracts';
import type { DayListEntry, FrontDeskDay, RegistrationRequest, StayStatus } from '@pitchdesk/contracts';
import { partySizeOf } from './desk-stay';
import type { DeskStay } from './desk-stay';

/** A stay near the day, with its balance and its registration so far. */
export interface DayStay {
  readonly stay: DeskStay;
  readonly balanceMinor: number;
  readonly registration: Pick<RegistrationRequest, 'groupKind' | 'guests'>;
}

const DESK_STATUSES: ReadonlySet<string> = new Set<StayStatus>(['confirmed', 'checked-in', 'checked-out']);

function entryOf({ stay, balanceMinor, registration }: DayStay): DayListEntry {
  const expected = partySizeOf(stay.party);
  return {
    reservationId: stay.id,
    reference: stay.reference,
    status: stay.status as StayStatus,
    guestName: stay.guestName,
    unitId: stay.unitId,
    unitCode: stay.unitCode,
    arrival: stay.arrival,
    departure: stay.departure,
    party: { adults: stay.party.adults, children: stay.party.childrenAges.length, pets: stay.party.pets, vehicles: stay.party.vehicles },
    balanceMinor,
    currency: stay.currency,
    registration: { registered: registration.guests.length, expected, complete: registrationGaps(registration, expected).length === 0 },
  };
}

const byUnitThenReference = (a: DayListEntry, b: DayListEntry): number =>
  a.unitCode.localeCompare(b.unitCode, 'en', { numeric: true }) || a.reference.localeCompare(b.reference);

/**
 * The desk's three lists for `date`:
 * - arrivals: arriving that day, confirmed or already checked in (the list shows progress);
 * - departures: leaving that day, confirmed, checked in or already checked out;
 * - in-house: checked in and staying over that night (arrival <= date < departure).
 * Held, expired and cancelled reservations are on none. Each list by unit, then reference.
 */
export function dayLists(propertyId: string, date: string, today: string, stays: readonly DayStay[]): FrontDeskDay {
  const entries = stays.filter((candidate) => DESK_STATUSES.has(candidate.stay.status)).map((candidate) => ({ candidate, entry: entryOf(candidate) }));
  const pick = (keep: (stay: DeskStay) => boolean): DayListEntry[] =>
    entries
      .filter(({ candidate }) => keep(candidate.stay))
      .map(({ entry }) => entry)
      .sort(byUnitThenReference);
  return {
    propertyId,
    date,
    today,
    arrivals: pick((stay) => stay.arrival === date && stay.status !== 'checked-out'),
    departures: pick((stay) => stay.departure === date),
    inHouse: pick((stay) => stay.status === 'checked-in' && stay.arrival <= date && date < stay.departure),
  };
}
