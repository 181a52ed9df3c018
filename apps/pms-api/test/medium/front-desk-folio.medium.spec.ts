import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folioSchema } from '@pitchdesk/contracts';
import type { ApiError, CheckOutResult, DeskChargeResult, Folio, PaymentResult } from '@pitchdesk/contracts';
import { bookAroundToday, dayFromToday, deskCaller, pdfText } from './support/front-desk-desk';
import type { DeskCaller } from './support/front-desk-desk';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { auditOf, nightsOf, sql } from './support/planning-staff';
import { createTestCampsite, nth } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { workerConfig } from './support/test-database';

const SEASON_YEAR = new Date().getUTCFullYear() - 1;
const single = {
  surname: 'Rossi',
  givenName: 'Giulia',
  sex: 'F',
  birthDate: '1985-03-14',
  birthCountry: 'CH',
  citizenship: 'CH',
  documentType: 'PASOR',
  documentNumber: 'X1234567',
  documentIssueCountry: 'CH',
};

describe('folio, payments, check-out and receipts on the real stack', () => {
  let api: TestApi;
  let site: TestCampsite;
  let reception: DeskCaller;
  let admin: DeskCaller;
  let readOnly: DeskCaller;

  const base = (reservationId: string) => `/staff/properties/${site.slug}/reservations/${reservationId}`;
  const folio = (reservationId: string, caller = reception) => caller.call<Folio & ApiError>('GET', `${base(reservationId)}/folio`);
  const charge = (reservationId: string, body: unknown, key = randomUUID(), caller = reception) =>
    caller.call<DeskChargeResult & ApiError>('POST', `${base(reservationId)}/folio/charges`, body, { 'idempotency-key': key });
  const pay = (reservationId: string, body: unknown, key = randomUUID(), caller = reception) =>
    caller.call<PaymentResult & ApiError>('POST', `${base(reservationId)}/folio/payments`, body, { 'idempotency-key': key });
  const checkOut = (reservationId: string, body: unknown = {}, caller = reception) => caller.call<CheckOutResult & ApiError>('POST', `${base(reservationId)}/check-out`, body);
  const checkedIn = async (unitCode: string, from: number, to: number) => {
    const unit = [...site.pitches, ...site.mobileHomes].find((candidate) => candidate.code === unitCode);
    const booking = await bookAroundToday(api, site.slug, unit?.id ?? '', from, to, { adults: 1 });
    expect((await reception.call('PUT', `${base(booking.id)}/registration`, { guests: [single] })).status).toBe(200);
    expect((await reception.call('POST', `${base(booking.id)}/check-in`)).status).toBe(200);
    return booking;
  };
  const paymentRows = (reservationId: string) =>
    sql<{ id: string; amount_minor: string }>(api, 'SELECT id, amount_minor FROM folio_payments WHERE reservation_id = ?', [reservationId]);
  const statusOf = async (reservationId: string) => (await sql<{ status: string }>(api, 'SELECT status FROM reservations WHERE id = ?', [reservationId]))[0]?.status;

  beforeAll(async () => {
    api = await startTestApi(await workerConfig({ PD_DB_POOL_SIZE: '20' }));
    site = await createTestCampsite(api.app, 'desk-folio', SEASON_YEAR);
    reception = await deskCaller(api, 'reception');
    admin = await deskCaller(api, 'admin');
    readOnly = await deskCaller(api, 'read-only');
  });

  afterAll(async () => {
    await api.close();
  });

  it('adds a desk extra priced by the rate card and a cash payment; the balance follows; a re-price keeps the desk line', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.mobileHomes, 0).id, 0, 3, { adults: 2 });
    const quoted = booking.booking.quote.totalMinor;

    // Bed linen: 12.00 per person and stay, one set at most (the test card's limit).
    const added = await charge(booking.id, { code: 'linen', quantity: 1 });
    expect(added.status).toBe(201);
    expect(added.body.line).toMatchObject({ group: 'extras', kind: 'desk-extra', code: 'linen', quantity: 1, unitMinor: 1_200, amountMinor: 1_200, source: 'desk', createdBy: reception.staffId });
    expect(added.body.folio.totalMinor).toBe(quoted + 1_200);

    const paid = await pay(booking.id, { method: 'cash', amountMinor: 5_000, reference: 'till 2' });
    expect(paid.status).toBe(201);
    expect(paid.body.payment).toMatchObject({ method: 'cash', amountMinor: 5_000, currency: 'EUR', reference: 'till 2', recordedBy: reception.staffId });
    const after = folioSchema.parse((await folio(booking.id)).body);
    expect(after).toMatchObject({ totalMinor: quoted + 1_200, paidMinor: 5_000, balanceMinor: quoted + 1_200 - 5_000, currency: 'EUR' });
    // The mobile home's price includes four guests: no person lines.
    expect(after.groups.map((group) => group.group)).toEqual(['nights', 'extras', 'tourist-tax']);
    expect(after.groups.reduce((sum, group) => sum + group.totalMinor, 0)).toBe(after.totalMinor);

    // A move with a new price replaces the quoted lines only.
    const moved = await reception.call('POST', `${base(booking.id)}/move`, { unitId: nth(site.mobileHomes, 1).id, reprice: true });
    expect(moved.status).toBe(200);
    const repriced = (await folio(booking.id)).body;
    expect(repriced.groups.flatMap((group) => group.lines).filter((line) => line.source === 'desk')).toEqual([added.body.line]);

    const actions = (await auditOf(api, booking.id)).map((event) => event.action);
    expect(actions).toEqual(['folio.charge-added', 'folio.payment-taken', 'reservation.moved']);
  });

  it('refuses extras the rate card does not offer with this unit, or does not know (422), and adds nothing', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.pitches, 0).id, 20, 21, { adults: 1 });
    const notOffered = await charge(booking.id, { code: 'linen', quantity: 1 });
    expect(notOffered.status).toBe(422);
    expect(notOffered.body).toMatchObject({ code: 'EXTRA_NOT_AVAILABLE', details: { code: 'linen', reason: 'EXTRA_NOT_OFFERED' } });
    expect((await charge(booking.id, { code: 'sauna', quantity: 1 })).body.details).toMatchObject({ reason: 'UNKNOWN_EXTRA' });
    expect((await charge(booking.id, { code: 'linen', quantity: 0 })).body.fields).toEqual({ 'body.quantity': 'at least 1' });
    expect((await folio(booking.id)).body.groups.flatMap((group) => group.lines).filter((line) => line.source === 'desk')).toEqual([]);
  });

  it('records one payment for a repeated or doubled request with the same Idempotency-Key', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.pitches, 1).id, 0, 1, { adults: 1 });
    const key = randomUUID();
    const body = { method: 'card', amountMinor: 1_000 };
    const [first, second] = await Promise.all([pay(booking.id, body, key), pay(booking.id, body, key)]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.payment.id).toBe(second.body.payment.id);
    const retried = await pay(booking.id, body, key);
    expect(retried.status).toBe(200);
    expect(retried.body.payment.id).toBe(first.body.payment.id);
    expect(await paymentRows(booking.id)).toEqual([{ id: first.body.payment.id, amount_minor: expect.anything() }]);

    const otherBody = await pay(booking.id, { method: 'card', amountMinor: 2_000 }, key);
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const noKey = await reception.call<ApiError>('POST', `${base(booking.id)}/folio/payments`, body);
    expect(noKey.status).toBe(400);
    expect(noKey.body.code).toBe('IDEMPOTENCY_KEY_MISSING');
    const refundWithoutReason = await pay(booking.id, { method: 'cash', amountMinor: -500 });
    expect(refundWithoutReason.body.fields).toEqual({ 'body.reason': 'say why the money is refunded' });
    expect(await paymentRows(booking.id)).toHaveLength(1);
  });

  it('refuses check-out while the balance is open (409 naming it), allows it with a recorded override', async () => {
    const booking = await checkedIn('P1', 0, 2);
    const balance = (await folio(booking.id)).body.balanceMinor;
    expect(balance).toBeGreaterThan(0);

    const refused = await checkOut(booking.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'BALANCE_OPEN', details: { balanceMinor: balance, currency: 'EUR' } });
    expect(refused.body.message).toContain(`€${(balance / 100).toFixed(2)}`);
    expect(await statusOf(booking.id)).toBe('checked-in');

    const overridden = await checkOut(booking.id, { override: { reason: 'Pays by bank transfer next week' } });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({ status: 'checked-out', balanceMinor: balance, releasedNights: { from: dayFromToday(0), to: dayFromToday(2) } });
    expect(await statusOf(booking.id)).toBe('checked-out');
    // Leaving on the arrival day gives every night back for sale.
    expect(await nightsOf(api, booking.id)).toEqual([]);
    const audit = await auditOf(api, booking.id);
    expect(audit.at(-1)).toMatchObject({
      actor: reception.staffId,
      action: 'reservation.checked-out',
      after_state: { balanceMinor: balance, override: { reason: 'Pays by bank transfer next week' } },
    });
    // The guest may still settle afterwards.
    expect((await pay(booking.id, { method: 'bank-transfer', amountMinor: balance })).status).toBe(201);
    expect((await folio(booking.id)).body.balanceMinor).toBe(0);
  });

  it('checks out at zero balance without an override, keeping the nights already slept', async () => {
    const booking = await checkedIn('P2', -1, 0);
    const open = (await folio(booking.id)).body.balanceMinor;
    expect((await pay(booking.id, { method: 'card', amountMinor: open })).status).toBe(201);
    const answer = await checkOut(booking.id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'checked-out', balanceMinor: 0, releasedNights: null });
    expect(await nightsOf(api, booking.id)).toHaveLength(1);
    expect((await checkOut(booking.id)).body.code).toBe('WRONG_STATUS');
  });

  it('renders the receipt PDF with the folio lines, payments and balance, in English or Italian', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.mobileHomes, 1).id, 5, 8, { adults: 2 });
    await charge(booking.id, { code: 'linen', quantity: 1 });
    await pay(booking.id, { method: 'cash', amountMinor: 10_000 });
    const current = (await folio(booking.id)).body;

    const english = await reception.download(`${base(booking.id)}/receipt.pdf?lang=en`);
    expect(english.status).toBe(200);
    expect(english.headers.get('content-type')).toBe('application/pdf');
    expect(english.headers.get('content-disposition')).toBe(`attachment; filename="receipt-${booking.reference}.pdf"`);
    expect(english.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(english.body);
    expect(text).toEqual(
      expect.arrayContaining([
        `Test ${site.slug}`,
        `Receipt  ·  Booking reference ${booking.reference}`,
        'Guest: Giulia Rossi',
        'Unit: MH2',
        'Extras',
        '   linen',
        '€12.00',
        'Tourist tax',
        'Total',
        `€${(current.totalMinor / 100).toFixed(2)}`,
        'Balance',
        `€${(current.balanceMinor / 100).toFixed(2)}`,
        '€100.00',
      ]),
    );
    expect(text.some((line) => line.startsWith('Cash, '))).toBe(true);

    // The booking was made in Italian: without lang, the receipt is Italian.
    const italian = await reception.download(`${base(booking.id)}/receipt.pdf`);
    expect(italian.headers.get('content-disposition')).toBe(`attachment; filename="ricevuta-${booking.reference}.pdf"`);
    expect(pdfText(italian.body)).toEqual(expect.arrayContaining(['Servizi extra', 'Saldo', 'Documento non valido ai fini fiscali.', '100,00\u00a0€']));
    expect((await reception.call<ApiError>('GET', `${base(booking.id)}/receipt.pdf?lang=fr`)).status).toBe(400);
    expect((await readOnly.download(`${base(booking.id)}/receipt.pdf`)).status).toBe(200);
  });

  it('lets read-only staff look but not write, and only admins adjust', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.pitches, 0).id, 10, 12, { adults: 1 });
    expect((await folio(booking.id, readOnly)).status).toBe(200);
    expect((await charge(booking.id, { code: 'linen', quantity: 1 }, randomUUID(), readOnly)).status).toBe(403);
    expect((await pay(booking.id, { method: 'cash', amountMinor: 100 }, randomUUID(), readOnly)).status).toBe(403);
    expect((await checkOut(booking.id, {}, readOnly)).status).toBe(403);
    const adjustment = { description: 'Broken barbecue', amountMinor: -1_500 };
    const byReception = await reception.call('POST', `${base(booking.id)}/folio/adjustments`, adjustment, { 'idempotency-key': randomUUID() });
    expect(byReception.status).toBe(403);
    const byAdmin = await admin.call<DeskChargeResult>('POST', `${base(booking.id)}/folio/adjustments`, adjustment, { 'idempotency-key': randomUUID() });
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.line).toMatchObject({ group: 'adjustments', description: 'Broken barbecue', amountMinor: -1_500, createdBy: admin.staffId });
    expect(await paymentRows(booking.id)).toEqual([]);
  });
});
