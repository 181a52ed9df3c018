import { searchQueryParams } from './search-links';

describe('searchQueryParams', () => {
  it('keeps the party and filters of the search, nothing else', () => {
    expect(
      searchQueryParams({
        arrival: '2027-06-12',
        departure: '2027-06-15',
        adults: 2,
        childrenAges: [4, 9],
        pets: 1,
        vehicles: 0,
        electricity: true,
      }),
    ).toEqual({ arrival: '2027-06-12', departure: '2027-06-15', adults: '2', children: '4,9', pets: '1', electricity: 'true' });
  });
});
