import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { StaffSession } from '../core/staff-session';
import { FakeLiveStaffEvents, provideFakeLiveStaffEvents } from '../core/testing/fake-live-staff-events';
import { API, CATALOGUE, detail, RESERVATION_ID } from './desk-fixtures';
import { ReservationDetailPage } from './reservation-detail-page';

const ONE = `${API}/${RESERVATION_ID}`;

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('ReservationDetailPage', () => {
  let fixture: ComponentFixture<ReservationDetailPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  const role = signal<'admin' | 'reception' | 'read-only'>('reception');
  let live: FakeLiveStaffEvents;

  async function open(): Promise<void> {
    live = new FakeLiveStaffEvents();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
        { provide: StaffSession, useValue: { staff: () => ({ id: 's', name: 'Marta', email: 'm@x.org', role: role() }) } },
        provideFakeLiveStaffEvents(live),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReservationDetailPage);
    fixture.componentRef.setInput('id', RESERVATION_ID);
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    await settle(fixture);
    http.expectOne(ONE).flush(detail());
    await settle(fixture);
  }

  function button(name: string): HTMLButtonElement {
    const found = [...host.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === name);
    if (!found) {
      throw new Error(`no button ${name}`);
    }
    return found;
  }

  afterEach(() => {
    role.set('reception');
    host.remove();
    http.match(`${API}/quote`);
  });

  it('shows the stay, price, notes and history, with links to check in', async () => {
    await open();
    expect(host.querySelector('h2')?.textContent).toContain('Reservation K7M3QXPA');
    expect(host.textContent).toContain('Anna Rossi (IT)');
    expect(host.textContent).toContain('€120.00');
    expect(host.textContent).toContain('Arrives late');
    expect(host.querySelector('a[href$="/check-in"]')?.getAttribute('href')).toBe(`/reservations/${RESERVATION_ID}/check-in`);
    const history = [...host.querySelectorAll('section[aria-labelledby="audit-title"] tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()));
    expect(history[0]?.slice(1)).toEqual(['Marta', 'reservation.created', 'channel: — → phone']);
  });

  it('edits with If-Match, sending only what changed, and announces the new total', async () => {
    await open();
    button('Edit').click();
    await settle(fixture);
    http.expectOne('/api/properties/lago-verde/catalogue').flush({ unitTypes: CATALOGUE.unitTypes, units: CATALOGUE.units });
    http.expectOne('/api/properties/lago-verde/rate-card').flush({ extras: CATALOGUE.extras });
    await settle(fixture);
    const departure = host.querySelector<HTMLInputElement>('#edit-booking-departure');
    if (!departure) {
      throw new Error('no edit form');
    }
    departure.value = '2027-07-05';
    departure.dispatchEvent(new Event('input'));
    await settle(fixture);
    button('Save changes').click();
    await settle(fixture);
    const edit = http.expectOne((request) => request.url === ONE && request.method === 'PATCH');
    expect(edit.request.headers.get('if-match')).toBe('"tag-1"');
    expect(edit.request.body).toEqual({ stay: { arrival: '2027-07-01', departure: '2027-07-05' } });
    edit.flush({ reservation: detail({ departure: '2027-07-05', totalMinor: 16_000, etag: '"tag-2"' }), previousTotalMinor: 12_000, repriced: true });
    await settle(fixture);
    await settle(fixture);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Saved. The total was €120.00 and is now €160.00.');
    expect(document.activeElement).toBe(host.querySelector('h2'));
  });

  it('shows a conflicting edit (412) and keeps the form', async () => {
    await open();
    button('Edit').click();
    await settle(fixture);
    http.expectOne('/api/properties/lago-verde/catalogue').flush({ unitTypes: CATALOGUE.unitTypes, units: CATALOGUE.units });
    http.expectOne('/api/properties/lago-verde/rate-card').flush({ extras: [] });
    await settle(fixture);
    const adults = host.querySelector<HTMLInputElement>('#edit-booking-adults');
    if (!adults) {
      throw new Error('no edit form');
    }
    adults.value = '3';
    adults.dispatchEvent(new Event('input'));
    await settle(fixture);
    button('Save changes').click();
    await settle(fixture);
    http
      .expectOne((request) => request.url === ONE && request.method === 'PATCH')
      .flush({ code: 'VERSION_CONFLICT', message: 'changed', details: { etag: '"tag-9"' } }, { status: 412, statusText: 'Precondition Failed' });
    await settle(fixture);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Someone else changed this reservation meanwhile.');
    expect(host.querySelector<HTMLInputElement>('#edit-booking-adults')?.value).toBe('3');
  });

  it('cancels after confirming in a dialog, with a fee override and its reason', async () => {
    await open();
    button('Cancel booking').click();
    await settle(fixture);
    const dialog = host.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    expect(dialog?.textContent).toContain('the fee today is €36.00');
    expect(document.activeElement?.id).toBe('cancel-override');
    host.querySelector<HTMLInputElement>('#cancel-override')?.click();
    await settle(fixture);
    const fee = host.querySelector<HTMLInputElement>('#cancel-fee');
    const reason = host.querySelector<HTMLInputElement>('#cancel-reason');
    if (!fee || !reason) {
      throw new Error('no override fields');
    }
    fee.value = '10';
    fee.dispatchEvent(new Event('input'));
    reason.value = 'Illness';
    reason.dispatchEvent(new Event('input'));
    button('Cancel the booking').click();
    await settle(fixture);
    const cancel = http.expectOne(`${ONE}/cancel`);
    expect(cancel.request.body).toEqual({ feeOverride: { feeMinor: 1000, reason: 'Illness' } });
    cancel.flush({ reservation: detail({ status: 'cancelled', cancellationFeeMinor: 1000, cancellationTerms: null }), previousTotalMinor: 12_000, repriced: false });
    await settle(fixture);
    expect(host.querySelector('[role="dialog"]')).toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Cancelled. Cancellation fee: €10.00.');
  });

  it('adds a note and reloads the reservation', async () => {
    await open();
    const text = host.querySelector<HTMLTextAreaElement>('#note-text');
    if (!text) {
      throw new Error('no note form');
    }
    expect(host.querySelector('label[for="note-text"]')?.textContent).toBe('New note');
    text.value = 'Needs shade';
    text.dispatchEvent(new Event('input'));
    button('Add note').click();
    await settle(fixture);
    const note = http.expectOne(`${ONE}/notes`);
    expect(note.request.body).toEqual({ text: 'Needs shade' });
    note.flush({ id: '2', text: 'Needs shade', author: { id: 's', name: 'Marta' }, createdAt: '2027-01-11T10:00:00.000Z' });
    await settle(fixture);
    http.expectOne(ONE).flush(detail());
    await settle(fixture);
    expect(host.querySelector('#note-text')?.getAttribute('aria-invalid')).toBeNull();
  });

  it('offers no changes to the read-only role', async () => {
    role.set('read-only');
    await open();
    expect([...host.querySelectorAll('button')].map((each) => each.textContent?.trim())).toEqual([]);
    expect(host.querySelector('#note-text')).toBeNull();
  });

  it('shows a change made at another desk to this reservation, and ignores others', async () => {
    await open();
    live.send({ propertyId: 'p', kind: 'reservation.updated', subjectId: 'someone-else', actor: 'x' });
    http.expectNone(ONE);
    live.send({ propertyId: 'p', kind: 'reservation.checked-in', subjectId: RESERVATION_ID, actor: 'x' });
    http.expectOne(ONE).flush(detail({ status: 'checked-in' }));
    await settle(fixture);
    expect(host.textContent).toContain('Checked in');
  });

  it('does not reload under an edit in progress (the save’s If-Match catches the change)', async () => {
    await open();
    button('Edit').click();
    await settle(fixture);
    http.expectOne('/api/properties/lago-verde/catalogue').flush({ unitTypes: CATALOGUE.unitTypes, units: CATALOGUE.units });
    http.expectOne('/api/properties/lago-verde/rate-card').flush({ extras: [] });
    await settle(fixture);
    live.send({ propertyId: 'p', kind: 'reservation.moved', subjectId: RESERVATION_ID, actor: 'x' });
    http.expectNone(ONE);
  });
});
