import { convertToParamMap } from '@angular/router';
import { nightsOf, parseStaySearch, searchParamsOf } from './stay-query';

const parse = (query: Record<string, string>) => parseStaySearch(convertToParamMap(query));

describe('parseStaySearch', () => {
  it('reads the stay, the party and the filters the search page links with', () => {
    expect(
      parse({ arrival: '2027-06-12', departure: '2027-06-19', adults: '2', children: '4,7', pets: '1', vehicles: '1', electricity: 'true', shade: 'partial,bogus' }),
    ).toEqual({
      arrival: '2027-06-12',
      departure: '2027-06-19',
      adults: 2,
      childrenAges: [4, 7],
      pets: 1,
      vehicles: 1,
      electricity: true,
      shade: ['partial'],
    });
  });

  it('defaults pets and vehicles to none and children to no one', () => {
    expect(parse({ arrival: '2027-06-12', departure: '2027-06-13', adults: '1' })).toEqual({
      arrival: '2027-06-12',
      departure: '2027-06-13',
      adults: 1,
      childrenAges: [],
      pets: 0,
      vehicles: 0,
    });
  });

  it.each([
    ['no arrival', { departure: '2027-06-19', adults: '2' }],
    ['departure not after arrival', { arrival: '2027-06-19', departure: '2027-06-19', adults: '2' }],
    ['an impossible date', { arrival: '2027-02-30', departure: '2027-03-02', adults: '2' }],
    ['no adult', { arrival: '2027-06-12', departure: '2027-06-19', adults: '0' }],
    ['no adults given', { arrival: '2027-06-12', departure: '2027-06-19' }],
    ['a child of 18', { arrival: '2027-06-12', departure: '2027-06-19', adults: '2', children: '4,18' }],
    ['pets as a word', { arrival: '2027-06-12', departure: '2027-06-19', adults: '2', pets: 'one' }],
  ])('refuses a link with %s', (_case, query) => {
    expect(parse(query)).toBeNull();
  });
});

describe('searchParamsOf', () => {
  it('keeps every search parameter and drops the unit choice, without touching the original', () => {
    const params = { arrival: '2027-06-12', adults: '2', unit: 'A12' };
    expect(searchParamsOf(params)).toEqual({ arrival: '2027-06-12', adults: '2' });
    expect(params.unit).toBe('A12');
  });
});

describe('nightsOf', () => {
  it('counts nights across the end of daylight saving time as whole days', () => {
    expect(nightsOf({ arrival: '2027-10-30', departure: '2027-11-02' })).toBe(3);
    expect(nightsOf({ arrival: '2027-03-27', departure: '2027-03-29' })).toBe(2);
  });
});
