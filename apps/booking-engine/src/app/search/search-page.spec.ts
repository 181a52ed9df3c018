import { provideHttpClient } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AvailabilityChange } from '@pitchdesk/contracts';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import type { LiveAvailabilityHandlers } from '@pitchdesk/shared/data-access-api';
import { LiveAvailability } from '@pitchdesk/shared/data-access-api';
import { CLOCK } from './dates/clock';
import { SearchPage } from './search-page';
import { availabilityAnswer, CATALOGUE, RATE_CARD } from './testing/search-fixtures';

@Component({ template: '<h1>stay</h1>' })
class StayPageStub {}

const API = '/api/properties/lago-verde';
const SEARCH_URL = '/?arrival=2027-07-17&departure=2027-07-20&adults=2&children=4,7';
/** Lets the awaits after an answered request run (a macrotask comes after every microtask). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('SearchPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let live: LiveAvailabilityHandlers | undefined;

  beforeEach(async () => {
    live = undefined;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/hub', propertySlug: 'lago-verde' }),
        provideRouter([
          { path: '', component: SearchPage },
          { path: 'stay/:unitTypeCode', component: StayPageStub },
        ]),
        // 21 November 2026, as in the demo: the 2027 season is ahead.
        { provide: CLOCK, useValue: () => new Date('2026-11-21T10:00:00Z') },
        {
          provide: LiveAvailability,
          useValue: {
            connected: signal(false),
            watch: (_propertyId: string, handlers: LiveAvailabilityHandlers) => {
              live = handlers;
              return () => undefined;
            },
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    harness.fixture.destroy();
    http.verify();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const availabilityRequests = () => http.match((request) => request.url === `${API}/availability`);

  /** Opens the page, answers the catalogue and the rate card, and returns the search request if any. */
  async function open(url: string): Promise<TestRequest | undefined> {
    await harness.navigateByUrl(url);
    TestBed.tick();
    http.expectOne(`${API}/catalogue`).flush(CATALOGUE);
    http.expectOne(`${API}/rate-card`).flush(RATE_CARD);
    await harness.fixture.whenStable();
    return availabilityRequests()[0];
  }

  async function answer(request: TestRequest | undefined, body: object, init: { status?: number; statusText?: string } = {}): Promise<void> {
    expect(request).toBeDefined();
    request?.flush(body, init);
    await settle();
    await harness.fixture.whenStable();
  }

  it('runs the search in the URL and fills the form with it', async () => {
    const request = await open(`${SEARCH_URL}&pets=1&types=pitch-standard&electricity=true`);

    expect(request?.request.params.toString()).toBe(
      'arrival=2027-07-17&departure=2027-07-20&adults=2&lang=en&children=4,7&pets=1&types=pitch-standard&electricity=true',
    );
    expect(page().querySelector<HTMLInputElement>('#arrival')?.value).toBe('17/07/2027');
    expect(page().querySelector<HTMLInputElement>('#departure')?.value).toBe('20/07/2027');
    expect(page().querySelector<HTMLSelectElement>('#children')?.value).toBe('2');
    expect(page().querySelector<HTMLSelectElement>('#child-age-1')?.value).toBe('7');
    expect(page().querySelector<HTMLSelectElement>('#pets')?.value).toBe('1');
    expect(page().querySelector('details')?.open).toBe(true);
    const checked = [...page().querySelectorAll<HTMLInputElement>('details input:checked')].map((input) => text(input.parentElement));
    expect(checked).toEqual(['Standard pitch', 'Electric hook-up']);
    request?.flush(availabilityAnswer());
  });

  it('shows prices for what fits and the explanations for what does not', async () => {
    await answer(await open(SEARCH_URL), availabilityAnswer());

    const [pitch, mobileHome] = [...page().querySelectorAll('article')];
    expect(text(pitch?.querySelector('h3'))).toBe('Standard pitch');
    expect(text(pitch?.querySelector('.total'))).toBe('€153.00 for 3 nights');
    expect(text(pitch?.querySelector('.per-night'))).toBe('from €48.00 per night');
    expect(text(pitch?.querySelector('.free'))).toBe('12 places free');
    expect(text(pitch?.querySelector('.facts'))).toContain('80 to 100 m²');
    expect(pitch?.querySelector('a')?.getAttribute('href')).toBe('/stay/pitch-standard?arrival=2027-07-17&departure=2027-07-20&adults=2&children=4,7');

    expect(text(mobileHome?.querySelector('.not-available'))).toBe('Not available for this search');
    expect([...(mobileHome?.querySelectorAll('.violations li') ?? [])].map(text)).toEqual([
      'Minimum 7 nights for arrivals in this period',
      'Departures on Saturdays only',
    ]);
    expect(mobileHome?.querySelector('a')).toBeNull();
    expect(text(page().querySelector('[role="status"]'))).toBe('1 type of accommodation is available.');
  });

  it('reserves the space of the results with skeletons while they load', async () => {
    const request = await open(SEARCH_URL);
    expect(page().querySelectorAll('.skeleton')).toHaveLength(CATALOGUE.unitTypes.length);
    expect(text(page().querySelector('[role="status"]'))).toBe('Searching…');
    await answer(request, availabilityAnswer());
    expect(page().querySelectorAll('.skeleton')).toHaveLength(0);
  });

  it('says when the API cannot be reached, keeps the input and retries on request', async () => {
    const first = await open(SEARCH_URL);
    first?.error(new ProgressEvent('error'), { status: 0 });
    await settle();
    await harness.fixture.whenStable();

    expect(text(page().querySelector('[role="alert"]'))).toContain('We cannot reach the booking system right now');
    expect(page().querySelector<HTMLInputElement>('#arrival')?.value).toBe('17/07/2027');
    expect(page().querySelectorAll('article')).toHaveLength(0);

    page().querySelector<HTMLButtonElement>('.retry')?.click();
    await harness.fixture.whenStable();
    await answer(availabilityRequests()[0], availabilityAnswer());

    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(page().querySelectorAll('article')).toHaveLength(2);
    expect(document.activeElement?.id).toBe('results-heading');
  });

  it('puts the fields of a 400 next to the form fields', async () => {
    const request = await open(SEARCH_URL);
    await answer(
      request,
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Invalid request', fields: { 'query.children.1': 'Too big' } },
      { status: 400, statusText: 'Bad Request' },
    );

    const age = page().querySelector('#child-age-1');
    expect(age?.getAttribute('aria-invalid')).toBe('true');
    expect(text(document.getElementById(age?.getAttribute('aria-describedby') ?? ''))).toBe("Check this child's age.");
    expect(text(page().querySelector('[role="alert"]'))).toContain('check the fields marked above');
  });

  it('checks the form before searching and focuses the first field to fix', async () => {
    expect(await open('/')).toBeUndefined();
    page().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await harness.fixture.whenStable();

    expect(text(document.getElementById('arrival-error'))).toBe('Choose an arrival date.');
    expect(document.activeElement?.id).toBe('arrival');
    expect(availabilityRequests()).toHaveLength(0);
  });

  it('puts a search the guest typed into the URL, runs it and moves the focus to its results', async () => {
    await open('/');
    const arrival = page().querySelector<HTMLInputElement>('#arrival') as HTMLInputElement;
    arrival.value = '17/7/2027';
    arrival.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    // A 3-night minimum for pitches from that Saturday: the departure follows.
    expect(page().querySelector<HTMLInputElement>('#departure')?.value).toBe('20/07/2027');
    expect(arrival.value).toBe('17/7/2027');

    page().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/?arrival=2027-07-17&departure=2027-07-20&adults=2');
    await answer(availabilityRequests()[0], availabilityAnswer());

    expect(document.activeElement?.id).toBe('results-heading');
  });

  it('refreshes the results, once, after availability changes on the searched nights', async () => {
    await answer(await open(SEARCH_URL), availabilityAnswer());
    expect(live).toBeDefined();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const change = (arrival: string, departure: string): AvailabilityChange => ({
        propertyId: CATALOGUE.property.id,
        unitIds: ['00000000-0000-4000-8000-000000000101'],
        arrival,
        departure,
        state: 'held',
      });
      live?.changed([change('2027-08-01', '2027-08-05')]);
      vi.runOnlyPendingTimers();
      expect(availabilityRequests()).toHaveLength(0);

      live?.changed([change('2027-07-19', '2027-07-22')]);
      live?.changed([change('2027-07-18', '2027-07-19')]);
      vi.runOnlyPendingTimers();
    } finally {
      vi.useRealTimers();
    }
    const refreshes = availabilityRequests();
    expect(refreshes).toHaveLength(1);
    // The results stay on screen while they refresh.
    expect(page().querySelectorAll('article')).toHaveLength(2);
    await answer(refreshes[0], availabilityAnswer());
  });
});
