import type { StayViolation } from './hold-failure';

/**
 * The unit-level rules a hold on one unit can break that the type's search result does not
 * explain (it checks the type's rules, not each unit's): said here in the guest's language.
 */
export function unitViolationMessage(violation: StayViolation): string {
  switch (violation.code) {
    case 'TOO_MANY_GUESTS': {
      const maxGuests = typeof violation.params['maxGuests'] === 'number' ? violation.params['maxGuests'] : null;
      return maxGuests === null
        ? $localize`:@@choose-unit.rule.too-many-guests:This place takes fewer guests.`
        : $localize`:@@choose-unit.rule.max-guests:This place takes at most ${maxGuests}:maxGuests: guests.`;
    }
    case 'PETS_NOT_ALLOWED':
      return $localize`:@@choose-unit.rule.no-pets:Pets are not allowed on this place.`;
    case 'NO_VEHICLE_SPACE':
      return $localize`:@@choose-unit.rule.no-vehicle:There is no room for a vehicle on this place.`;
    default:
      return $localize`:@@choose-unit.rule.other:This stay does not fit a rule of this place.`;
  }
}
