import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { FakeLiveStaffEvents, provideFakeLiveStaffEvents } from '../core/testing/fake-live-staff-events';
import { BASE, day, entry } from './front-desk-fixtures';
import { FrontDeskPage, LIVE_REFETCH_DELAY_MS, rowAction } from './front-desk-page';

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('FrontDeskPage', () => {
  let fixture: ComponentFixture<FrontDeskPage>;
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
    fixture = TestBed.createComponent(FrontDeskPage);
    host = fixture.nativeElement as HTMLElement;
    // The first load names no date: the API answers with the property's today.
    const first = http.expectOne((request) => request.url === `${BASE}/front-desk`);
    expect(first.request.params.has('date')).toBe(false);
    first.flush(day());
    await settle(fixture);
  });

  afterEach(() => {
    vi.useRealTimers();
    http.verify();
  });

  const sectionNamed = (name: string): HTMLElement | undefined =>
    [...host.querySelectorAll<HTMLElement>('section')].find((section) => section.querySelector('h3')?.textContent?.startsWith(name));

  it('shows the three lists with counts, balances, registration progress and the next step', () => {
    expect([...host.querySelectorAll('h3')].map((heading) => heading.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Arrivals (1)', 'Departures (0)', 'In house (1)']);
    const arrival = sectionNamed('Arrivals')?.querySelector('tbody tr');
    expect(arrival?.querySelector('th')?.textContent).toContain('Giulia Rossi');
    expect(arrival?.textContent).toContain('€123.50');
    expect(arrival?.textContent).toContain('1 of 2 guests');
    expect(arrival?.textContent).toContain('2 adults, 0 children, 1 pets');
    const checkIn = arrival?.querySelector('a');
    expect(checkIn?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Check in Giulia Rossi, P1');
    expect(checkIn?.getAttribute('href')).toBe('/reservations/00000000-0000-4000-8000-0000000000a1/check-in');
    expect(sectionNamed('Departures')?.textContent).toContain('Nobody leaves on this day.');
    expect(sectionNamed('In house')?.querySelector('a')?.textContent).toContain('Check out');
    expect((host.querySelector('#front-desk-date') as HTMLInputElement).value).toBe('2027-07-10');
  });

  it('loads another day from the date field and the day buttons', async () => {
    const input = host.querySelector<HTMLInputElement>('#front-desk-date');
    if (!input) {
      throw new Error('no date field');
    }
    input.value = '2027-07-14';
    input.dispatchEvent(new Event('change'));
    http.expectOne((request) => request.params.get('date') === '2027-07-14').flush(day({ date: '2027-07-14', arrivals: [] }));
    await settle(fixture);
    expect(host.textContent).toContain('Nobody arrives on this day.');
    const next = [...host.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Next day');
    next?.click();
    http.expectOne((request) => request.params.get('date') === '2027-07-15').flush(day({ date: '2027-07-15' }));
    await settle(fixture);
  });

  it('refetches once after a burst of live staff events', async () => {
    vi.useFakeTimers();
    live.send({ propertyId: 'p', kind: 'reservation.checked-in', subjectId: 's', actor: 'a' });
    live.send({ propertyId: 'p', kind: 'folio.changed', subjectId: 's', actor: 'a' });
    vi.advanceTimersByTime(LIVE_REFETCH_DELAY_MS);
    http.expectOne((request) => request.params.get('date') === '2027-07-10').flush(day());
  });
});

describe('rowAction', () => {
  it('offers check-in, check-out or the folio by status, and only the folio to read-only staff', () => {
    expect(rowAction(entry({ status: 'confirmed' }), true).label).toBe('Check in');
    expect(rowAction(entry({ status: 'checked-in' }), true).link).toMatch(/check-out$/);
    expect(rowAction(entry({ status: 'checked-out' }), true).label).toBe('Folio');
    expect(rowAction(entry({ status: 'confirmed' }), false).label).toBe('Folio');
  });
});
