import type { Party, Unit } from '../inventory/inventory';
import { partySize } from '../pricing/party-bands';
import type { RuleViolation } from './rule-violation';

/**
 * Why this unit cannot take the party: more guests than it sleeps (infants count),
 * pets where none are allowed, or vehicles where no vehicle fits. Empty when it can.
 */
export function unitAccepts(unit: Unit, party: Party): RuleViolation[] {
  const found: RuleViolation[] = [];
  const { maxGuests, petsAllowed, maxVehicleLengthM } = unit.attributes;
  if (partySize(party) > maxGuests) {
    found.push({ code: 'TOO_MANY_GUESTS', params: { maxGuests } });
  }
  if (party.pets > 0 && !petsAllowed) {
    found.push({ code: 'PETS_NOT_ALLOWED', params: {} });
  }
  if (party.vehicles > 0 && maxVehicleLengthM === null) {
    found.push({ code: 'NO_VEHICLE_SPACE', params: {} });
  }
  return found;
}
