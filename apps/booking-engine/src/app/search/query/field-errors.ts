/**
 * Messages by form field: `arrival`, `departure`, `adults`, `pets`, `vehicles`,
 * `child-age-0`, `child-age-1`, ... (the same names are the inputs' ids, so a message can
 * point at its field and focus can go to the first one).
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** Form order: the first of these with a message gets the focus. */
export function firstInvalidField(errors: FieldErrors, childCount: number): string | undefined {
  const order = [
    'arrival',
    'departure',
    'adults',
    ...Array.from({ length: childCount }, (_, index) => `child-age-${index}`),
    'pets',
    'vehicles',
  ];
  return order.find((field) => errors[field] !== undefined);
}

/**
 * The API's 400 names query fields (`query.adults`, `query.children.1`); its messages are
 * for developers and in English, so the guest gets this page's own message per field.
 * Fields the form does not show are left out (the caller says something general).
 */
export function fieldErrorsFromApi(fields: Readonly<Record<string, string>>): FieldErrors {
  const errors: Record<string, string> = {};
  for (const path of Object.keys(fields)) {
    const [, name, index] = path.split('.');
    switch (name) {
      case 'arrival':
        errors['arrival'] = $localize`:@@search.error.arrival-refused:Check the arrival date.`;
        break;
      case 'departure':
        errors['departure'] = $localize`:@@search.error.departure-refused:Check the departure date: it must be after the arrival.`;
        break;
      case 'adults':
        errors['adults'] = $localize`:@@search.error.adults-refused:Choose between 1 and 20 adults.`;
        break;
      case 'children':
        errors[`child-age-${Number(index ?? 0)}`] = $localize`:@@search.error.child-age-refused:Check this child's age.`;
        break;
      case 'pets':
        errors['pets'] = $localize`:@@search.error.pets-refused:Choose at most 6 pets.`;
        break;
      case 'vehicles':
        errors['vehicles'] = $localize`:@@search.error.vehicles-refused:Choose at most 6 vehicles.`;
        break;
      default:
        break;
    }
  }
  return errors;
}
