import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationSchema } from '@pitchdesk/contracts';
import type { ApiError, Registration, RegistrationGuestInput } from '@pitchdesk/contracts';
import { bookAroundToday, dayFromToday, deskCaller } from './support/front-desk-desk';
import type { DeskCaller } from './support/front-desk-desk';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { auditOf, sql } from './support/planning-staff';
import { createTestCampsite, nth } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { workerConfig } from './support/test-database';

// The season of the test rate card starts on 1 January of this year: stays around today price.
const SEASON_YEAR = new Date().getUTCFullYear() - 1;

const head: RegistrationGuestInput = {
  surname: 'Rossi',
  givenName: 'Giulia',
  sex: 'F',
  birthDate: '1985-03-14',
  birthCountry: 'IT',
  birthComune: 'Bolzano',
  birthProvince: 'BZ',
  citizenship: 'IT',
  documentType: 'IDELE',
  documentNumber: 'CA12345AB',
  documentIssueCountry: 'IT',
  documentIssueComune: 'Bolzano',
};
const member: RegistrationGuestInput = { surname: 'Rossi', givenName: 'Luca', sex: 'M', birthDate: '1983-11-02', birthCountry: 'DE', citizenship: 'IT' };

describe('guest registration and check-in on the real stack', () => {
  let api: TestApi;
  let site: TestCampsite;
  let other: TestCampsite;
  let reception: DeskCaller;
  let readOnly: DeskCaller;

  const path = (reservationId: string, rest: string) => `/staff/properties/${site.slug}/reservations/${reservationId}/${rest}`;
  const register = (reservationId: string, body: unknown) => reception.call<Registration & ApiError>('PUT', path(reservationId, 'registration'), body);
  const checkIn = (reservationId: string, caller = reception) => caller.call<ApiError & { status: string }>('POST', path(reservationId, 'check-in'));
  const storedGuests = (reservationId: string) =>
    sql<{ position: number; surname: string | null; document_number: string | null }>(
      api,
      'SELECT position, surname, document_number FROM registration_guests WHERE reservation_id = ? ORDER BY position',
      [reservationId],
    );
  const statusOf = async (reservationId: string) =>
    (await sql<{ status: string; checked_in_at: Date | null }>(api, 'SELECT r.status, t.checked_in_at FROM reservations r LEFT JOIN stay_check_times t ON t.reservation_id = r.id WHERE r.id = ?', [reservationId]))[0];

  beforeAll(async () => {
    api = await startTestApi(await workerConfig());
    site = await createTestCampsite(api.app, 'desk-check-in', SEASON_YEAR);
    other = await createTestCampsite(api.app, 'desk-check-in-other', SEASON_YEAR);
    reception = await deskCaller(api, 'reception');
    readOnly = await deskCaller(api, 'read-only');
  });

  afterAll(async () => {
    await api.close();
  });

  it('refuses bad fields with 400 naming each one, and stores nothing', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.pitches, 0).id, 0, 2);
    const answer = await register(booking.id, {
      groupKind: 'family',
      guests: [
        { ...head, sex: 'X', birthDate: '2999-01-01', citizenship: 'ZZ' },
        { ...member, birthCountry: 'FR', birthComune: 'Roma', documentType: 'PASSPORT' },
      ],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.fields).toEqual({
      'body.guests.0.sex': 'expected M or F',
      'body.guests.0.birthDate': 'a birth date cannot be in the future',
      'body.guests.0.citizenship': 'expected an ISO 3166-1 country code such as IT or DE',
      'body.guests.1.documentType': 'expected a document type: IDENT, IDELE, PASOR, PATEN, PASDI, PASSE, RIFUG',
      'body.guests.1.birthComune': 'only for guests born in Italy',
    });
    expect(await storedGuests(booking.id)).toEqual([]);

    const tooMany = await register(booking.id, { groupKind: 'group', guests: [head, member, member] });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.fields).toEqual({ 'body.guests': 'at most 2 guests: the party of this booking (edit the party first)' });
  });

  it('keeps a partial draft as sent, and refuses check-in listing per guest what is missing; nothing changes', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.pitches, 1).id, 0, 3);
    const draft = await register(booking.id, { groupKind: null, guests: [{ ...head, documentNumber: '', birthProvince: null }] });
    expect(draft.status).toBe(200);
    const saved = registrationSchema.parse(draft.body);
    expect(saved.complete).toBe(false);
    expect(saved.guests[0]).toMatchObject({ surname: 'Rossi', documentType: 'IDELE', documentNumber: null, guestType: '16' });

    // Read back as the console reloads it: nothing of the draft lost.
    const reread = await reception.call<Registration>('GET', path(booking.id, 'registration'));
    expect(reread.body.guests).toEqual(saved.guests);

    const refused = await checkIn(booking.id);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('REGISTRATION_INCOMPLETE');
    expect(refused.body.details?.['gaps']).toEqual([
      { guest: null, fields: ['guests', 'groupKind'] },
      { guest: 0, fields: ['birthProvince', 'documentNumber'] },
    ]);
    expect(await statusOf(booking.id)).toEqual({ status: 'confirmed', checked_in_at: null });
    expect((await auditOf(api, booking.id)).map((event) => event.action)).toEqual(['registration.saved']);
  });

  it('checks in a stay with two guests registered (head with document, member without) and records who did it', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.mobileHomes, 0).id, 0, 3);
    const saved = await register(booking.id, { groupKind: 'family', guests: [head, member] });
    expect(saved.status).toBe(200);
    expect(saved.body.complete).toBe(true);
    expect(saved.body.guests.map((guest) => guest.guestType)).toEqual(['17', '19']);

    const answer = await checkIn(booking.id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ reservationId: booking.id, status: 'checked-in' });
    expect(await statusOf(booking.id)).toMatchObject({ status: 'checked-in', checked_in_at: expect.any(Date) });
    expect(await storedGuests(booking.id)).toEqual([
      { position: 0, surname: 'Rossi', document_number: 'CA12345AB' },
      { position: 1, surname: 'Rossi', document_number: null },
    ]);
    const audit = await auditOf(api, booking.id);
    expect(audit.map((event) => [event.actor, event.action])).toEqual([
      [reception.staffId, 'registration.saved'],
      [reception.staffId, 'reservation.checked-in'],
    ]);
    // The trail counts guests; it never copies their personal data.
    expect(JSON.stringify(audit)).not.toContain('CA12345AB');

    const again = await checkIn(booking.id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'WRONG_STATUS', details: { status: 'checked-in' } });

    // The planning board reports the stay as checked in.
    const board = await reception.call<{ bars: { reservationId?: string; status?: string }[] }>(
      'GET',
      `/staff/properties/${site.slug}/planning?from=${dayFromToday(0)}&days=7`,
    );
    expect(board.body.bars.find((bar) => bar.reservationId === booking.id)?.status).toBe('checked-in');

    // The guest can no longer cancel online: the desk settles a stay that has started.
    const cancelled = await api.call<{ code: string }>('POST', `/bookings/${booking.reference}/cancellation`, { headers: { authorization: `Bearer ${booking.manageToken}` } });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.code).toBe('STAY_STARTED');
    expect((await statusOf(booking.id))?.status).toBe('checked-in');
  });

  it('refuses check-in before the arrival day, property-local', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.pitches, 0).id, 5, 7, { adults: 1 });
    await register(booking.id, { groupKind: null, guests: [head] });
    const answer = await checkIn(booking.id);
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'TOO_EARLY', details: { arrival: dayFromToday(5), today: dayFromToday(0) } });
    expect((await statusOf(booking.id))?.status).toBe('confirmed');
  });

  it('lets read-only staff do none of it (403), and hides registrations from them', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.pitches, 1).id, 4, 5, { adults: 1 });
    expect((await readOnly.call('PUT', path(booking.id, 'registration'), { guests: [head] })).status).toBe(403);
    expect((await readOnly.call('GET', path(booking.id, 'registration'))).status).toBe(403);
    expect((await checkIn(booking.id, readOnly)).status).toBe(403);
    expect(await storedGuests(booking.id)).toEqual([]);
  });

  it('answers 404 for a reservation of another property, and changes nothing', async () => {
    const booking = await bookAroundToday(api, site.slug, nth(site.pitches, 0).id, 8, 9, { adults: 1 });
    const answer = await reception.call<ApiError>('PUT', `/staff/properties/${other.slug}/reservations/${booking.id}/registration`, { guests: [head] });
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('RESERVATION_NOT_FOUND');
    expect(await storedGuests(booking.id)).toEqual([]);
  });
});
