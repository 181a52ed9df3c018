import type { StaySearch } from '../../core/booking-api';
import { isIsoDate } from '../dates/iso-date';
import type { FieldErrors } from './field-errors';
import type { SearchDraft } from './search-draft';

export type DraftCheck = { readonly search: StaySearch; readonly errors?: never } | { readonly search?: never; readonly errors: FieldErrors };

/**
 * A complete, sensible search from the draft, or a message per field that is not. The API
 * checks again (and explains its stay rules); this only catches what the guest can fix
 * before asking: missing or mistyped dates, departure before arrival, a child's age.
 */
export function validateDraft(draft: SearchDraft, today: string): DraftCheck {
  const errors: Record<string, string> = {};
  if (draft.arrival === '') {
    errors['arrival'] = $localize`:@@search.error.arrival-missing:Choose an arrival date.`;
  } else if (!isIsoDate(draft.arrival)) {
    errors['arrival'] = $localize`:@@search.error.arrival-invalid:This is not a date. Type it as day, month and year, or choose it from the calendar.`;
  } else if (draft.arrival < today) {
    errors['arrival'] = $localize`:@@search.error.arrival-past:The arrival date has passed. Choose a later one.`;
  }
  if (draft.departure === '') {
    errors['departure'] = $localize`:@@search.error.departure-missing:Choose a departure date.`;
  } else if (!isIsoDate(draft.departure)) {
    errors['departure'] = $localize`:@@search.error.departure-invalid:This is not a date. Type it as day, month and year, or choose it from the calendar.`;
  } else if (isIsoDate(draft.arrival) && draft.departure <= draft.arrival) {
    errors['departure'] = $localize`:@@search.error.departure-order:The departure must be at least one day after the arrival.`;
  }
  draft.childrenAges.forEach((age, index) => {
    if (age === null) {
      errors[`child-age-${index}`] = $localize`:@@search.error.child-age-missing:Choose the age of child ${index + 1}:number:.`;
    }
  });
  if (Object.keys(errors).length > 0) {
    return { errors };
  }
  return {
    search: {
      arrival: draft.arrival,
      departure: draft.departure,
      adults: draft.adults,
      childrenAges: draft.childrenAges.filter((age): age is number => age !== null),
      pets: draft.pets,
      vehicles: draft.vehicles,
      types: draft.types,
      electricity: draft.electricity,
      shade: draft.shade,
      petsAllowed: draft.petsAllowed,
      accessible: draft.accessible,
    },
  };
}
