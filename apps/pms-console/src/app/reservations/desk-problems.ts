import type { UnitNightConflict } from '@pitchdesk/contracts';
import type { ApiProblem } from '@pitchdesk/shared/data-access-api';
import { fieldErrorsFrom } from './booking-form-model';
import type { FieldErrors } from './booking-form-model';

/** What a refused booking or edit shows: a message at the top, details as a list, problems under inputs. */
export interface DeskProblem {
  readonly message: string;
  readonly details: readonly string[];
  readonly fields: FieldErrors;
}

function conflictLines(conflicts: unknown): string[] {
  if (!Array.isArray(conflicts)) {
    return [];
  }
  return (conflicts as UnitNightConflict[]).map((conflict) => {
    const night = conflict.night;
    if (conflict.kind === 'closure') {
      return $localize`:@@reservations.conflict-closure:${night}:night:: the unit is closed`;
    }
    const reference = conflict.reference ?? '';
    return $localize`:@@reservations.conflict-reservation:${night}:night:: taken by ${reference}:reference:`;
  });
}

const messages = (violations: unknown): string[] =>
  Array.isArray(violations) ? violations.map((violation) => String((violation as { message?: unknown }).message ?? '')) : [];

/** The API's refusal in the desk's words; `null` fields: nothing to show under inputs. */
export function deskProblem(problem: ApiProblem): DeskProblem {
  if (problem.kind === 'unreachable') {
    return { message: $localize`:@@reservations.unreachable:The server cannot be reached. Nothing was changed; try again.`, details: [], fields: {} };
  }
  switch (problem.code) {
    case 'VALIDATION_FAILED':
      return { message: $localize`:@@reservations.invalid:Some fields need fixing.`, details: [], fields: fieldErrorsFrom(problem.fields) };
    case 'UNIT_TAKEN':
      return { message: $localize`:@@reservations.unit-taken:That unit is taken on some of these nights. Nothing was changed.`, details: conflictLines(problem.details['conflicts']), fields: {} };
    case 'STAY_NOT_ALLOWED':
      return {
        message: problem.details['overridable'] === true
          ? $localize`:@@reservations.stay-not-allowed:This stay breaks the stay rules. To book it anyway, tick the rule override and give a reason.`
          : problem.message,
        details: messages(problem.details['violations']),
        fields: {},
      };
    case 'UNIT_UNSUITABLE':
      return { message: problem.message, details: messages(problem.details['violations']), fields: {} };
    case 'VERSION_CONFLICT':
      return { message: $localize`:@@reservations.version-conflict:Someone else changed this reservation meanwhile. Reload it to see their change, then edit again.`, details: [], fields: {} };
    default:
      return { message: problem.message, details: [], fields: {} };
  }
}
