import { demoCampsite } from '@pitchdesk/demo-data';
import { allowedChoices, extraOffers, withQuantity } from './extra-offers';

describe('extra offers', () => {
  const lagoRateCard = demoCampsite(1, 2027).rateCard;

  it('offers only the extras of the unit type, per-person ones up to the party', () => {
    const offers = extraOffers(lagoRateCard, 'pitch-standard', { adults: 2, childrenAges: [5], pets: 0, vehicles: 0 });
    expect(offers.map((offer) => [offer.code, offer.maxQuantity])).toEqual([
      ['bbq', 1],
      ['dog-shower', 3],
      ['breakfast', 3],
      ['power-16a', 1],
    ]);
  });

  it('sets, changes and removes a quantity without reordering', () => {
    const one = withQuantity([], 'bbq', 1);
    const two = withQuantity(one, 'breakfast', 2);
    expect(withQuantity(two, 'bbq', 1)).toEqual([
      { code: 'bbq', quantity: 1 },
      { code: 'breakfast', quantity: 2 },
    ]);
    expect(withQuantity(two, 'bbq', 0)).toEqual([{ code: 'breakfast', quantity: 2 }]);
  });

  it('drops choices the stay no longer allows', () => {
    const offers = extraOffers(lagoRateCard, 'pitch-standard', { adults: 1, childrenAges: [], pets: 0, vehicles: 0 });
    expect(allowedChoices([{ code: 'final-cleaning', quantity: 1 }, { code: 'breakfast', quantity: 4 }], offers)).toEqual([
      { code: 'breakfast', quantity: 1 },
    ]);
  });
});
