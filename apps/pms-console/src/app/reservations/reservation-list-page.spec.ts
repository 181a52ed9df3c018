import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { FakeLiveStaffEvents, provideFakeLiveStaffEvents } from '../core/testing/fake-live-staff-events';
import { API, listItem } from './desk-fixtures';
import { ReservationListPage } from './reservation-list-page';

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('ReservationListPage', () => {
  let fixture: ComponentFixture<ReservationListPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let live: FakeLiveStaffEvents;

  beforeEach(async () => {
    live = new FakeLiveStaffEvents();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
        provideFakeLiveStaffEvents(live),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReservationListPage);
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    const first = http.expectOne((request) => request.url === API);
    expect(first.request.params.get('limit')).toBe('25');
    expect(first.request.params.keys()).toEqual(['limit']);
    first.flush({ items: [listItem(), listItem({ id: '2', reference: 'ZZZZ2222', guestName: null, status: 'held' })], nextCursor: 'next-page' });
    await settle(fixture);
  });

  afterEach(() => {
    host.remove();
    http.verify();
  });

  it('shows the reservations in a table with column headers, each reference a link to its detail', () => {
    expect([...host.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent?.trim())).toEqual([
      'Reference',
      'Guest',
      'Arrival',
      'Departure',
      'Unit',
      'Guests',
      'Status',
      'Channel',
      'Total',
    ]);
    const first = host.querySelector('tbody tr');
    expect([...(first?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent?.trim())).toEqual([
      'K7M3QXPA',
      'Anna Rossi',
      'Thu 1 Jul 2027',
      'Sun 4 Jul 2027',
      'A01',
      '3',
      'Confirmed',
      'Phone',
      '€123.45',
    ]);
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('/reservations/11111111-1111-4111-8111-111111111111');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('2 reservations shown.');
  });

  it('searches with what was typed when the form is submitted (Enter), and pages on with the cursor', async () => {
    const q = host.querySelector<HTMLInputElement>('#reservations-q');
    const status = host.querySelector<HTMLSelectElement>('#reservations-status');
    const from = host.querySelector<HTMLInputElement>('#reservations-from');
    if (!q || !status || !from) {
      throw new Error('no search form');
    }
    expect(host.querySelector('label[for="reservations-q"]')?.textContent).toBe('Search');
    q.value = ' rossi ';
    q.dispatchEvent(new Event('input'));
    status.value = 'cancelled';
    status.dispatchEvent(new Event('change'));
    from.value = '2027-07-01';
    from.dispatchEvent(new Event('input'));
    host.querySelector('form')?.dispatchEvent(new Event('submit'));
    const search = http.expectOne((request) => request.url === API);
    expect(search.request.params.get('q')).toBe('rossi');
    expect(search.request.params.get('status')).toBe('cancelled');
    expect(search.request.params.get('arrivalFrom')).toBe('2027-07-01');
    expect(search.request.params.has('cursor')).toBe(false);
    search.flush({ items: [listItem({ status: 'cancelled' })], nextCursor: 'c2' });
    await settle(fixture);
    expect(host.querySelectorAll('tbody tr')).toHaveLength(1);

    host.querySelector<HTMLButtonElement>('button.more')?.click();
    const more = http.expectOne((request) => request.url === API);
    expect(more.request.params.get('cursor')).toBe('c2');
    expect(more.request.params.get('q')).toBe('rossi');
    more.flush({ items: [listItem({ id: '3', reference: 'MORE3333' })], nextCursor: null });
    await settle(fixture);
    expect(host.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(host.querySelector('button.more')).toBeNull();
  });

  it('shows a refused filter under its field, tied to it', async () => {
    const to = host.querySelector<HTMLInputElement>('#reservations-to');
    if (!to) {
      throw new Error('no arrivalTo');
    }
    to.value = '2027-01-01';
    to.dispatchEvent(new Event('input'));
    host.querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne((request) => request.url === API)
      .flush({ code: 'VALIDATION_FAILED', message: 'Invalid request', fields: { 'query.arrivalTo': 'arrivalTo must not be before arrivalFrom' } }, { status: 400, statusText: 'Bad Request' });
    await settle(fixture);
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(to.getAttribute('aria-describedby')).toBe('reservations-to-error');
    expect(host.querySelector('#reservations-to-error')?.textContent).toContain('arrivalTo must not be before arrivalFrom');
  });

  it('reloads when a reservation is made or changed anywhere (private staff stream)', async () => {
    live.send({ propertyId: 'p', kind: 'reservation.created', subjectId: 'new-one', actor: 'guest' });
    http.expectOne((request) => request.url === API).flush({ items: [listItem({ id: '3', reference: 'NEWW3333' })], nextCursor: null });
    await settle(fixture);
    expect(host.querySelector('tbody tr')?.textContent).toContain('NEWW3333');
  });
});
