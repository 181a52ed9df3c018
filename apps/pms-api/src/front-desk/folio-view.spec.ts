import { describe, expect, it } from 'vitest';
import type { FolioPayment } from '@pitchdesk/contracts';
import type { DeskStay } from './desk-stay';
import { folioOf, groupOf } from './folio-view';
import type { StoredFolioLine } from './folio-view';

const stay = { id: 'r', reference: 'ABCD1234', status: 'checked-in', currency: 'EUR', guestName: 'Anna', unitCode: 'P1', unitTypeCode: 'pitch', arrival: '2027-07-10', departure: '2027-07-12' } as DeskStay;
let id = 0;
const line = (kind: string, amountMinor: number, extra: Partial<StoredFolioLine> = {}): StoredFolioLine => {
  id += 1;
  return { id: String(id), kind, code: kind, quantity: 1, unitMinor: amountMinor, amountMinor, description: null, createdBy: null, ...extra };
};
const payment = (amountMinor: number, currency = 'EUR'): FolioPayment => ({
  id: `00000000-0000-4000-8000-00000000000${amountMinor > 0 ? 1 : 2}`,
  method: 'cash',
  amountMinor,
  currency,
  reference: null,
  reason: null,
  recordedBy: 's',
  recordedAt: '2027-07-10T10:00:00.000Z',
});

describe('folioOf', () => {
  it('groups lines in bill order, marks desk lines, and balances total against payments', () => {
    const folio = folioOf(
      stay,
      [line('tourist-tax', 300), line('desk-extra', 1_200, { createdBy: 's' }), line('accommodation', 4_000), line('discount', -400), line('desk-adjustment', -500, { description: 'Broken shower' })],
      [payment(3_000), payment(-200)],
    );
    expect(folio.groups.map((group) => [group.group, group.totalMinor])).toEqual([
      ['nights', 4_000],
      ['extras', 1_200],
      ['tourist-tax', 300],
      ['discounts', -400],
      ['adjustments', -500],
    ]);
    expect(folio.groups.flatMap((group) => group.lines).map((entry) => entry.source)).toEqual(['quote', 'desk', 'quote', 'quote', 'desk']);
    expect(folio).toMatchObject({ totalMinor: 4_600, paidMinor: 2_800, balanceMinor: 1_800, currency: 'EUR' });
  });

  it('fails loudly on a payment in another currency instead of adding it up', () => {
    expect(() => folioOf(stay, [line('accommodation', 100)], [payment(100, 'CHF')])).toThrow(/CHF/);
  });

  it('puts fees and kinds it does not know last, rather than dropping them', () => {
    expect(groupOf('cancellation-fee')).toBe('fees');
    expect(groupOf('something-new')).toBe('fees');
  });
});
