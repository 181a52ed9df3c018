import type { StaySearch } from '../../core/booking-api';
import { EMPTY_DRAFT } from './search-draft';
import { draftFromParams, paramsFromSearch } from './search-params';
import { validateDraft } from './validate-draft';

const FULL_SEARCH: StaySearch = {
  arrival: '2027-07-17',
  departure: '2027-07-24',
  adults: 2,
  childrenAges: [4, 7],
  pets: 1,
  vehicles: 2,
  types: ['pitch-standard', 'pitch-lake'],
  electricity: true,
  shade: ['partial', 'full'],
  petsAllowed: true,
  accessible: true,
};

describe('search query params', () => {
  it('writes every part of a search under the availability API names', () => {
    expect(paramsFromSearch(FULL_SEARCH)).toEqual({
      arrival: '2027-07-17',
      departure: '2027-07-24',
      adults: '2',
      children: '4,7',
      pets: '1',
      vehicles: '2',
      types: 'pitch-standard,pitch-lake',
      shade: 'partial,full',
      electricity: 'true',
      petsAllowed: 'true',
      accessible: 'true',
    });
  });

  it('leaves out what is not set', () => {
    const plain: StaySearch = { arrival: '2027-05-01', departure: '2027-05-03', adults: 1, childrenAges: [], pets: 0, vehicles: 0 };
    expect(paramsFromSearch(plain)).toEqual({ arrival: '2027-05-01', departure: '2027-05-03', adults: '1' });
  });

  it('round-trips a search through the URL and the form', () => {
    const draft = draftFromParams(paramsFromSearch(FULL_SEARCH));
    const check = validateDraft(draft, '2027-01-01');

    expect(check.errors).toBeUndefined();
    expect(check.search).toEqual(FULL_SEARCH);
    expect(paramsFromSearch(check.search as StaySearch)).toEqual(paramsFromSearch(FULL_SEARCH));
  });

  it('fills the form from a hand-edited link, dropping only what makes no sense', () => {
    const draft = draftFromParams({
      arrival: '2027-07-17',
      departure: 'soon',
      adults: '99',
      children: '4, 40,x,0',
      pets: '-1',
      types: 'pitch-standard,,pitch-standard',
      shade: 'full,dark',
      electricity: 'yes',
      accessible: 'true',
    });

    expect(draft).toEqual({
      ...EMPTY_DRAFT,
      arrival: '2027-07-17',
      departure: 'soon',
      childrenAges: [4, 0],
      types: ['pitch-standard'],
      shade: ['full'],
      accessible: true,
    });
  });

  it('starts empty without params', () => {
    expect(draftFromParams({})).toEqual(EMPTY_DRAFT);
  });
});
