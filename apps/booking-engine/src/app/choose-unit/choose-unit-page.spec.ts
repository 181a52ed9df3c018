import { provideHttpClient } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AvailabilityChange, AvailabilityResponse, HoldResponse } from '@pitchdesk/contracts';
import type { Unit, UnitType } from '@pitchdesk/domain';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import type { PropertyCatalogue } from '../core/booking-api';
import { CheckoutSession } from '../core/checkout-session';
import type { LiveAvailabilityHandlers } from '@pitchdesk/shared/data-access-api';
import { LiveAvailability } from '@pitchdesk/shared/data-access-api';
import { ChooseUnitPage } from './choose-unit-page';
import { CHOOSE_UNIT_TIMING } from './choose-unit-timing';

const PROPERTY_ID = 'property-1';
const QUERY = 'arrival=2027-06-12&departure=2027-06-19&adults=2&children=4,7';
const API = '/api/properties/lago-verde';

const text = (en: string) => ({ it: en, en, de: en, nl: en });
const pitchType: UnitType = { id: 'type-pitch', code: 'pitch-standard', kind: 'pitch', name: text('Standard pitch'), description: text('80 m²'), maxGuests: 6 };
const homeType: UnitType = { id: 'type-home', code: 'mobile-home-4', kind: 'mobile-home', name: text('Mobile home'), description: text('4 beds'), maxGuests: 4 };

function unit(id: string, code: string, x: number, y: number, unitTypeId = pitchType.id): Unit {
  return {
    id,
    unitTypeId,
    code,
    attributes: { sizeM2: 80, maxGuests: 6, petsAllowed: true, electricityAmps: 10, water: true, drainage: false, shade: 'partial', maxVehicleLengthM: 7, accessible: false, features: ['lake-view'] },
    map: { x, y, width: 10, height: 8, rotationDeg: 0 },
  };
}

// A row of four pitches and one below the first; a mobile home far away for context.
const catalogue: PropertyCatalogue = {
  property: { id: PROPERTY_ID, slug: 'lago-verde', name: 'Camping Lago Verde', timeZone: 'Europe/Rome', currency: 'EUR' },
  unitTypes: [pitchType, homeType],
  units: [unit('a01', 'A01', 0, 0), unit('a02', 'A02', 12, 0), unit('a03', 'A03', 24, 0), unit('a04', 'A04', 36, 0), unit('b01', 'B01', 0, 12), unit('mh1', 'MH-1', 100, 100, homeType.id)],
};

function answer(freeUnitIds: string[]): AvailabilityResponse {
  const quote = { currency: 'EUR', nights: 7, lines: [], totalMinor: 25_755 };
  return {
    propertyId: PROPERTY_ID,
    arrival: '2027-06-12',
    departure: '2027-06-19',
    results: [
      { unitType: pitchType, available: true, violations: [], quote, freeUnitCount: freeUnitIds.length, freeUnitIds },
      { unitType: homeType, available: true, violations: [], quote, freeUnitCount: 1, freeUnitIds: ['mh1'] },
    ],
  };
}

/** A01 is taken; the rest of the pitches are free. */
const FREE = ['a02', 'a03', 'a04', 'b01'];

/** The hub, played by the test. */
class FakeLiveAvailability {
  readonly connected = signal(true);
  handlers: LiveAvailabilityHandlers | null = null;
  watchedPropertyId: string | null = null;

  watch(propertyId: string, handlers: LiveAvailabilityHandlers): () => void {
    this.watchedPropertyId = propertyId;
    this.handlers = handlers;
    return () => undefined;
  }
}

@Component({ template: '<h1>stub</h1>' })
class StubPage {}

/** Lets promise chains and zero-delay timers (retries, refreshes) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ChooseUnitPage', () => {
  let http: HttpTestingController;
  let live: FakeLiveAvailability;
  let harness: RouterTestingHarness;

  beforeEach(() => {
    sessionStorage.clear();
    live = new FakeLiveAvailability();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
        provideRouter([
          { path: 'stay/:unitTypeCode', component: ChooseUnitPage },
          { path: 'checkout/:holdId', component: StubPage },
          { path: '', component: StubPage },
        ]),
        { provide: LiveAvailability, useValue: live },
        { provide: CHOOSE_UNIT_TIMING, useValue: { retryDelaysMs: [0], refreshAfterChangeMs: 0, answerStaleMs: 60_000 } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
  });

  const host = () => harness.routeNativeElement as HTMLElement;

  async function render(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  function availabilityRequest(): TestRequest {
    return http.expectOne((request) => request.url === `${API}/availability`);
  }

  /** The next request to `url`, once the page's retry timer has sent it. */
  async function nextRequest(url: string): Promise<TestRequest> {
    for (let turn = 0; turn < 10; turn++) {
      const found = http.match(url);
      if (found.length > 1) {
        throw new Error(`${found.length} requests to ${url} at once`);
      }
      if (found[0]) {
        return found[0];
      }
      await settle();
    }
    throw new Error(`no request to ${url}`);
  }

  /** Opens the page and answers its two reads; returns the availability request as sent. */
  async function open(freeUnitIds = FREE, url = `/stay/pitch-standard?${QUERY}`): Promise<TestRequest> {
    harness = await RouterTestingHarness.create(url);
    await settle();
    http.expectOne(`${API}/catalogue`).flush(catalogue);
    await settle();
    const request = availabilityRequest();
    request.flush(answer(freeUnitIds));
    await render();
    return request;
  }

  function mapUnit(code: string): SVGGElement {
    const element = host().querySelector<SVGGElement>(`be-site-map [data-unit-code="${code}"]`);
    if (!element) {
      throw new Error(`no map unit ${code}`);
    }
    return element;
  }

  function radio(code: string): HTMLInputElement {
    const element = host().querySelector<HTMLInputElement>(`be-unit-list input[data-unit-code="${code}"]`);
    if (!element) {
      throw new Error(`no radio for ${code}`);
    }
    return element;
  }

  /** The radio's accessible name: the text of the label wrapping it. */
  function radioName(code: string): string {
    return radio(code).closest('label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function checkedCodes(): (string | null)[] {
    return [...host().querySelectorAll<HTMLInputElement>('be-unit-list input:checked')].map((input) => input.dataset['unitCode'] ?? input.value);
  }

  function alertText(): string {
    return host().querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function button(name: string): HTMLButtonElement {
    const found = [...host().querySelectorAll('button')].find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name);
    if (!found) {
      throw new Error(`no button "${name}"`);
    }
    return found;
  }

  const hold: HoldResponse = {
    holdId: 'hold-1',
    unitId: 'a02',
    unitCode: 'A02',
    unitTypeCode: 'pitch-standard',
    arrival: '2027-06-12',
    departure: '2027-06-19',
    expiresAt: '2027-01-01T10:15:00.000Z',
    quote: { currency: 'EUR', nights: 7, lines: [], totalMinor: 25_755 },
  };

  it('draws free and unavailable units on the map and in the list, with the stay and price', async () => {
    const { request } = await open();

    // The unit ids come only when asked for; the stay and party as the link gave them.
    expect(request.params.get('units')).toBe('true');
    expect(request.params.get('children')).toBe('4,7');
    expect(request.params.get('lang')).toBe('en');

    expect(host().querySelector('h1')?.textContent?.trim()).toBe('Choose your place: Standard pitch');
    expect(mapUnit('A02').getAttribute('aria-disabled')).toBe('false');
    expect(mapUnit('A01').getAttribute('aria-disabled')).toBe('true');
    expect(mapUnit('A01').getAttribute('aria-label')).toBe(
      'A01, 80 m², electricity 10 A, partial shade, pets welcome, vehicles up to 7 m, up to 6 guests, lake view, not available',
    );
    // Other types are context only: drawn, never offered.
    expect(host().querySelector('[data-unit-code="MH-1"]')).toBeNull();
    expect(host().querySelectorAll('svg.map .context')).toHaveLength(1);

    expect(radio('A02').disabled).toBe(false);
    expect(radio('A01').disabled).toBe(true);
    expect(radioName('A02')).toMatch(/^A02, 80 m², electricity 10 A, .*, Free$/);
    expect(radioName('A01')).toMatch(/^A01, .*, Not available$/);
    // No unit in the link: "any unit of this type" is the choice.
    expect(checkedCodes()).toEqual(['any']);
    expect(host().textContent).toContain('€257.55');
    expect(live.watchedPropertyId).toBe(PROPERTY_ID);
  });

  it('keeps the map and the list on the same choice, and the choice in the URL', async () => {
    await open();

    mapUnit('A03').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await render();
    expect(checkedCodes()).toEqual(['A03']);
    expect(mapUnit('A03').getAttribute('aria-pressed')).toBe('true');
    expect(TestBed.inject(Router).url).toContain('unit=A03');

    radio('B01').click();
    await render();
    expect(mapUnit('B01').getAttribute('aria-pressed')).toBe('true');
    expect(mapUnit('A03').getAttribute('aria-pressed')).toBe('false');
    expect(checkedCodes()).toEqual(['B01']);
    expect(TestBed.inject(Router).url).toContain('unit=B01');

    // An unavailable unit on the map cannot be chosen.
    mapUnit('A01').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await render();
    expect(checkedCodes()).toEqual(['B01']);
  });

  it('restores the unit chosen in the URL after a reload', async () => {
    await open(FREE, `/stay/pitch-standard?${QUERY}&unit=A04`);

    expect(checkedCodes()).toEqual(['A04']);
    expect(mapUnit('A04').getAttribute('aria-pressed')).toBe('true');
  });

  it('turns a unit another guest holds unavailable at once, clears it as the choice and says so', async () => {
    await open();
    radio('A03').click();
    radio('A03').focus();
    await render();

    const held: AvailabilityChange = { propertyId: PROPERTY_ID, unitIds: ['a03'], arrival: '2027-06-15', departure: '2027-06-16', state: 'held' };
    live.handlers?.changed([held]);
    await harness.fixture.whenStable();

    expect(mapUnit('A03').getAttribute('aria-disabled')).toBe('true');
    expect(radio('A03').disabled).toBe(true);
    expect(checkedCodes()).toEqual([]);
    expect(alertText()).toContain('A03 has just been taken by another guest.');
    // The focused radio is now disabled: focus goes to the message, not to the page.
    expect(document.activeElement?.textContent?.trim()).toBe('A03 has just been taken by another guest.');

    // Then it asks the API again to converge; a stale answer still listing A03 does not bring it back.
    await settle();
    availabilityRequest().flush(answer(FREE));
    await render();
    expect(radio('A03').disabled).toBe(true);
  });

  it('ignores a hold on nights outside the stay', async () => {
    await open();

    live.handlers?.changed([{ propertyId: PROPERTY_ID, unitIds: ['a03'], arrival: '2027-06-19', departure: '2027-06-22', state: 'booked' }]);
    await render();

    expect(radio('A03').disabled).toBe(false);
    http.expectNone((request) => request.url === `${API}/availability`);
  });

  it('holds the chosen unit, keeps the checkout in the session and opens it', async () => {
    await open();
    radio('A02').click();
    await render();

    button('Continue').click();
    const request = http.expectOne({ method: 'POST', url: `${API}/holds` });
    expect(request.request.body).toEqual({
      unitId: 'a02',
      stay: { arrival: '2027-06-12', departure: '2027-06-19' },
      party: { adults: 2, childrenAges: [4, 7], pets: 0, vehicles: 0 },
    });
    request.flush(hold, { status: 201, statusText: 'Created' });
    await render();

    expect(TestBed.inject(Router).url).toBe('/checkout/hold-1');
    const state = TestBed.inject(CheckoutSession).load('hold-1');
    expect(state?.hold).toEqual(hold);
    expect(state?.search).toMatchObject({ arrival: '2027-06-12', departure: '2027-06-19', adults: 2, childrenAges: [4, 7] });
  });

  it('asks for any unit of the type when the guest lets the system choose', async () => {
    await open();

    button('Continue').click();
    const request = http.expectOne({ method: 'POST', url: `${API}/holds` });
    expect(request.request.body).toMatchObject({ unitTypeCode: 'pitch-standard' });
    expect(request.request.body).not.toHaveProperty('unitId');
    request.flush({ ...hold, unitId: 'a04', unitCode: 'A04' });
    await render();

    expect(TestBed.inject(Router).url).toBe('/checkout/hold-1');
  });

  it('offers the nearest free units when the chosen one was taken meanwhile (409 UNIT_TAKEN)', async () => {
    await open();
    radio('A02').click();
    await render();

    button('Continue').click();
    http
      .expectOne(`${API}/holds`)
      .flush({ statusCode: 409, code: 'UNIT_TAKEN', message: 'This unit was just taken', details: { unitId: 'a02' } }, { status: 409, statusText: 'Conflict' });
    await render();

    expect(alertText()).toContain('A02 was taken by another guest a moment ago.');
    // Nearest on the map first: A03 12 m, B01 17 m, A04 24 m; then "any".
    const offers = [...host().querySelectorAll('[role="alert"] button')].map((element) => element.textContent?.replace(/\s+/g, ' ').trim());
    expect(offers).toEqual(['A03, 12 m away', 'B01, 17 m away', 'A04, 24 m away', 'Any free place of this type']);
    expect(radio('A02').disabled).toBe(true);
    expect(mapUnit('A02').getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement?.closest('[role="alert"]')).not.toBeNull();
    // The stay is kept: still on this page, same search.
    expect(TestBed.inject(Router).url).toContain(QUERY);

    button('B01, 17 m away').click();
    await render();
    expect(checkedCodes()).toEqual(['B01']);
    expect(alertText()).toBe('');
    // The refetch the refusal scheduled.
    availabilityRequest().flush(answer(['a03', 'a04', 'b01']));
    await render();
  });

  it('explains a refused stay in the guest language even when the API sends codes only', async () => {
    await open();

    button('Continue').click();
    http
      .expectOne(`${API}/holds`)
      .flush(
        { statusCode: 422, code: 'STAY_NOT_ALLOWED', message: 'This stay does not fit', details: { violations: [{ code: 'TOO_MANY_GUESTS', params: { maxGuests: 4 } }] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await render();

    expect(alertText()).toContain("This stay does not fit the campsite's rules.");
    expect(alertText()).toContain('This place takes at most 4 guests.');
  });

  it('retries an unreachable API by itself, then offers to try again', async () => {
    harness = await RouterTestingHarness.create(`/stay/pitch-standard?${QUERY}`);
    await settle();
    http.expectOne(`${API}/catalogue`).error(new ProgressEvent('error'));
    // One automatic retry (the test's timing), then the guest is told.
    (await nextRequest(`${API}/catalogue`)).error(new ProgressEvent('error'));
    await render();
    expect(alertText()).toContain('We could not reach the booking system.');

    button('Try again').click();
    await settle();
    http.expectOne(`${API}/catalogue`).flush(catalogue);
    await settle();
    availabilityRequest().flush(answer(FREE));
    await render();
    expect(radio('A02').disabled).toBe(false);
  });

  it('sends a guest with an incomplete link back to the search without asking the API', async () => {
    harness = await RouterTestingHarness.create('/stay/pitch-standard?arrival=2027-06-12&adults=2');
    await render();

    expect(host().textContent).toContain('This link does not describe a stay we can book.');
    http.expectNone(`${API}/catalogue`);
  });
});
