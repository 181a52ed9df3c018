import type { AvailabilityChange } from '@pitchdesk/contracts';
import { overlapsStay } from './live-availability';

const change = (arrival: string, departure: string): AvailabilityChange => ({ propertyId: 'p', unitIds: ['u'], arrival, departure, state: 'held' });

describe('overlapsStay (half-open [arrival, departure) ranges)', () => {
  it.each([
    ['2027-07-01', '2027-07-05', true],
    ['2027-07-04', '2027-07-08', true],
    ['2027-06-28', '2027-07-03', false],
    ['2027-07-08', '2027-07-10', false],
  ])('a change %s..%s against a stay 2027-07-03..2027-07-08: %s', (arrival, departure, expected) => {
    expect(overlapsStay(change(arrival, departure), '2027-07-03', '2027-07-08')).toBe(expected);
  });
});
