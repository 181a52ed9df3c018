import { fieldErrorsFromApi, firstInvalidField } from './field-errors';
import { EMPTY_DRAFT } from './search-draft';
import { validateDraft } from './validate-draft';

const TODAY = '2027-03-01';

describe('validateDraft', () => {
  it('asks for both dates', () => {
    expect(Object.keys(validateDraft(EMPTY_DRAFT, TODAY).errors ?? {})).toEqual(['arrival', 'departure']);
  });

  it('says when a typed date is not a date, has passed, or the departure is not after the arrival', () => {
    expect(validateDraft({ ...EMPTY_DRAFT, arrival: '31/02/2027', departure: '2027-03-05' }, TODAY).errors?.['arrival']).toContain('not a date');
    expect(validateDraft({ ...EMPTY_DRAFT, arrival: '2027-02-27', departure: '2027-03-05' }, TODAY).errors?.['arrival']).toContain('passed');
    expect(validateDraft({ ...EMPTY_DRAFT, arrival: '2027-03-05', departure: '2027-03-05' }, TODAY).errors?.['departure']).toContain('after the arrival');
  });

  it('asks for the age of each child without one', () => {
    const check = validateDraft({ ...EMPTY_DRAFT, arrival: '2027-03-02', departure: '2027-03-05', childrenAges: [4, null] }, TODAY);
    expect(check.errors).toEqual({ 'child-age-1': 'Choose the age of child 2.' });
  });

  it('gives a search when everything is in order', () => {
    const check = validateDraft({ ...EMPTY_DRAFT, arrival: '2027-03-02', departure: '2027-03-05', childrenAges: [0] }, TODAY);
    expect(check.search).toMatchObject({ arrival: '2027-03-02', departure: '2027-03-05', adults: 2, childrenAges: [0] });
  });
});

describe('fieldErrorsFromApi', () => {
  it('puts the API fields of a 400 on the form fields, in the guest language', () => {
    const errors = fieldErrorsFromApi({
      'query.adults': 'Too small: expected number to be >=1',
      'query.children.1': 'Too big: expected number to be <=17',
      'query.departure': 'departure must be after arrival',
      'query.lang': 'Invalid option',
    });

    expect(Object.keys(errors).sort()).toEqual(['adults', 'child-age-1', 'departure']);
    expect(errors['adults']).toBe('Choose between 1 and 20 adults.');
    expect(firstInvalidField(errors, 2)).toBe('departure');
  });
});
