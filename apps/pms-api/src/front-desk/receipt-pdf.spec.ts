import { describe, expect, it } from 'vitest';
import type { Folio } from '@pitchdesk/contracts';
import { pdfText } from '../../test/medium/support/front-desk-pdf-text';
import { receiptLabels, receiptLanguage } from './receipt-labels';
import { renderReceipt } from './receipt-pdf';

const folio: Folio = {
  reservationId: '00000000-0000-4000-8000-000000000001',
  reference: 'ABCD1234',
  status: 'checked-out',
  guestName: 'Jörg Müller',
  unitCode: 'A12',
  unitTypeCode: 'pitch',
  arrival: '2027-07-10',
  departure: '2027-07-13',
  currency: 'EUR',
  groups: [
    {
      group: 'nights',
      totalMinor: 6_000,
      lines: [{ id: '1', group: 'nights', kind: 'accommodation', code: 'high', description: null, quantity: 3, unitMinor: 2_000, amountMinor: 6_000, source: 'quote', createdBy: null }],
    },
    {
      group: 'adjustments',
      totalMinor: -500,
      lines: [{ id: '2', group: 'adjustments', kind: 'desk-adjustment', code: 'adjustment', description: 'Doccia rotta', quantity: 1, unitMinor: -500, amountMinor: -500, source: 'desk', createdBy: 's' }],
    },
  ],
  payments: [{ id: '00000000-0000-4000-8000-000000000009', method: 'card', amountMinor: 5_500, currency: 'EUR', reference: 'POS 77', reason: null, recordedBy: 's', recordedAt: '2027-07-13T09:00:00.000Z' }],
  totalMinor: 5_500,
  paidMinor: 5_500,
  balanceMinor: 0,
};

describe('renderReceipt', () => {
  it('writes a PDF whose text carries the property, stay, lines, payments and balance', async () => {
    const pdf = await renderReceipt(folio, { propertyName: 'Camping Lago Verde', issuedOn: '2027-07-13' }, receiptLabels('it'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toEqual(
      expect.arrayContaining([
        'Camping Lago Verde',
        'Ricevuta  ·  Codice prenotazione ABCD1234',
        'Ospite: Jörg Müller',
        'Unità: A12',
        'Soggiorno: 10 lug 2027 - 13 lug 2027 (3 notti)',
        'Pernottamenti',
        '   high  3 x 20,00\u00a0€',
        '60,00\u00a0€',
        '   Doccia rotta',
        '-5,00\u00a0€',
        'Carta, 13 lug 2027, POS 77',
        'Saldo',
        '0,00\u00a0€',
      ]),
    );
  });

  it('writes English for everyone but Italian bookings unless asked', () => {
    expect(receiptLanguage(undefined, 'it')).toBe('it');
    expect(receiptLanguage(undefined, 'de')).toBe('en');
    expect(receiptLanguage('it', 'nl')).toBe('it');
  });
});
