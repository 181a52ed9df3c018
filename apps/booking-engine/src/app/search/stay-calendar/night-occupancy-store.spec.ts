import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CalendarDate } from '@pitchdesk/domain';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { occupancy, PITCH } from '../testing/search-fixtures';
import { NightOccupancyStore } from './night-occupancy-store';

const day = (value: string) => value as CalendarDate;
const NIGHTS_URL = '/api/properties/lago-verde/nights';
/** Lets the store's awaits run after a response is flushed. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('NightOccupancyStore', () => {
  let http: HttpTestingController;
  let store: NightOccupancyStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/hub', propertySlug: 'lago-verde' }),
        NightOccupancyStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(NightOccupancyStore);
  });

  afterEach(() => http.verify());

  it('loads the month shown and the next in one request, and answers per type and night', async () => {
    store.ensureMonth(day('2027-07-17'));
    const request = http.expectOne((req) => req.url === NIGHTS_URL);
    expect(request.request.params.get('from')).toBe('2027-07-01');
    expect(request.request.params.get('to')).toBe('2027-09-01');
    request.flush(occupancy('2027-07-01', 62, (code, index) => (code === PITCH.code ? index : 9)));
    await settle();

    expect(store.free(PITCH.code, day('2027-07-01'))).toBe(0);
    expect(store.free(PITCH.code, day('2027-07-04'))).toBe(3);
    expect(store.free(PITCH.code, day('2027-09-01'))).toBeUndefined();
    expect(store.unavailable()).toBe(false);

    // July is known; paging on to August fetches only the month after it.
    store.ensureMonth(day('2027-07-30'));
    http.expectNone((req) => req.url === NIGHTS_URL);
    store.ensureMonth(day('2027-08-02'));
    const next = http.expectOne((req) => req.url === NIGHTS_URL);
    expect([next.request.params.get('from'), next.request.params.get('to')]).toEqual(['2027-09-01', '2027-10-01']);
    next.flush(occupancy('2027-09-01', 30, () => 1));
  });

  it('copes with an API without the endpoint (404): nothing is greyed out, and it asks again later', async () => {
    store.ensureMonth(day('2027-07-17'));
    http.expectOne((req) => req.url === NIGHTS_URL).flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Cannot GET' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(store.unavailable()).toBe(true);
    expect(store.free(PITCH.code, day('2027-07-17'))).toBeUndefined();

    store.ensureMonth(day('2027-07-17'));
    http.expectOne((req) => req.url === NIGHTS_URL);
  });
});
