import type { QuoteResponse } from '@pitchdesk/contracts';
import { fromPricePerNight } from './from-price';

type Line = QuoteResponse['lines'][number];
const line = (kind: Line['kind'], seasonCode: string | undefined, quantity: number, amountMinor: number): Line => ({
  kind,
  code: kind,
  quantity,
  unitMinor: Math.round(amountMinor / quantity),
  amountMinor,
  ...(seasonCode && { seasonCode }),
});

describe('fromPricePerNight', () => {
  it('is the cheaper season’s nightly cost for the party, before tax and discounts', () => {
    // 3 high-season nights and 4 peak nights for 2 adults, a pet and a car (the demo's 14-21 July).
    const quote: QuoteResponse = {
      currency: 'EUR',
      nights: 7,
      lines: [
        line('accommodation', 'high', 3, 5700),
        line('accommodation', 'peak', 4, 9600),
        line('person', 'high', 6, 6000),
        line('person', 'peak', 8, 9600),
        line('pet', 'high', 3, 1500),
        line('vehicle', 'peak', 4, 2400),
        line('discount', undefined, 1, -1775),
        line('tourist-tax', undefined, 14, 2100),
      ],
      totalMinor: 35125,
    };
    // high: (5700 + 6000 + 1500) / 3 = 4400; peak: (9600 + 9600 + 2400) / 4 = 5400.
    expect(fromPricePerNight(quote)).toBe(4400);
  });

  it('has nothing to say without nightly lines', () => {
    expect(fromPricePerNight({ currency: 'EUR', nights: 1, lines: [line('extra', undefined, 1, 900)], totalMinor: 900 })).toBeNull();
  });
});
