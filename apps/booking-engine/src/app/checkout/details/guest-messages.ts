import type { GuestField, GuestProblem } from './guest-validation';

/**
 * One translated sentence per field and problem. Built on demand, not at import, so that
 * translations loaded at runtime (tests) apply; in the builds they are inlined anyway.
 */
export function guestProblemMessage(field: GuestField, problem: GuestProblem): string {
  switch (field) {
    case 'firstName':
      return problem === 'too-long'
        ? $localize`:@@checkout.details.error.first-name-too-long:Enter a first name of at most 80 characters`
        : $localize`:@@checkout.details.error.first-name-required:Enter your first name`;
    case 'lastName':
      return problem === 'too-long'
        ? $localize`:@@checkout.details.error.last-name-too-long:Enter a last name of at most 80 characters`
        : $localize`:@@checkout.details.error.last-name-required:Enter your last name`;
    case 'email':
      return emailMessage(problem);
    case 'phone':
      return $localize`:@@checkout.details.error.phone-invalid:Enter a phone number such as +39 0461 123456, or leave it empty`;
    case 'country':
      return $localize`:@@checkout.details.error.country-required:Choose your country of residence`;
  }
}

function emailMessage(problem: GuestProblem): string {
  switch (problem) {
    case 'required':
      return $localize`:@@checkout.details.error.email-required:Enter your e-mail address`;
    case 'too-long':
      return $localize`:@@checkout.details.error.email-too-long:Enter an e-mail address of at most 254 characters`;
    case 'invalid':
      return $localize`:@@checkout.details.error.email-invalid:Enter an e-mail address such as name@example.com`;
  }
}
