import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  API,
  answerPropertyFacts,
  apiError,
  holdFixture,
  provideCheckoutTesting,
  stateFixture,
  storeCheckout,
  storedCheckout,
} from './testing/checkout-testing';

describe('CheckoutPage (shell)', () => {
  const state = stateFixture({ guest: { firstName: 'Anna' }, extras: [{ code: 'bbq', quantity: 1 }] });
  const holdId = state.hold.holdId;
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(() => {
    // The hold expires at 10:10: ten minutes from now. setTimeout stays real for Angular's scheduler.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2027-03-01T10:00:00Z'));
    sessionStorage.clear();
    provideCheckoutTesting();
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => vi.useRealTimers());

  async function open(url = `/checkout/${holdId}/details`): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create(url);
    answerPropertyFacts(http);
    await harness.fixture.whenStable();
    return harness.fixture.nativeElement as HTMLElement;
  }

  async function advance(ms: number): Promise<void> {
    vi.advanceTimersByTime(ms);
    await harness.fixture.whenStable();
  }

  const countdown = (root: HTMLElement) => root.querySelector('[data-testid=hold-countdown]');
  const liveRegion = (root: HTMLElement) => root.querySelector('be-hold-countdown [aria-live=polite]');
  const button = (root: HTMLElement, name: string) =>
    [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);

  it('says so when this tab has no checkout for the hold, and links back to the search', async () => {
    const root = await open();
    expect(root.querySelector('h1')?.textContent?.trim()).toBe('We cannot find this booking in progress');
    expect(root.querySelector('a.button')?.getAttribute('href')).toBe('/');
    expect(countdown(root)).toBeNull();
  });

  it('shows the confirmation instead when this hold was booked in this tab (Back after booking)', async () => {
    const { hold } = state;
    const booking = {
      reference: 'K7M3QXPA',
      status: 'confirmed',
      propertyId: hold.unitId,
      unitId: hold.unitId,
      unitCode: hold.unitCode,
      unitTypeCode: hold.unitTypeCode,
      arrival: hold.arrival,
      departure: hold.departure,
      locale: 'en',
      quote: hold.quote,
      guest: { firstName: 'Anna', lastName: 'Rossi', email: 'anna@example.it', country: 'IT' },
      cancellation: { freeUntil: '2027-05-13', feeIfCancelledNowMinor: 0 },
      cancelledAt: null,
      cancellationFeeMinor: null,
    };
    sessionStorage.setItem(`pitchdesk.confirmed.${holdId}`, JSON.stringify({ booking, manageToken: 'tok' }));
    const root = await open(`/checkout/${holdId}/review`);
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe(`/checkout/${holdId}/confirmation`));
    await harness.fixture.whenStable();
    expect(root.querySelector('[data-testid=booking-reference]')?.textContent?.trim()).toBe('K7M3QXPA');
  });

  it('counts down each second and speaks only at the five and one minute marks', async () => {
    storeCheckout(state);
    const root = await open();
    expect(countdown(root)?.textContent?.trim()).toBe(`${state.hold.unitCode} is held for you. Time left: 10:00`);
    expect(countdown(root)?.getAttribute('role')).toBe('timer');
    expect(root.querySelector('[aria-current=step]')?.textContent).toContain('Your details');

    await advance(1_000);
    expect(countdown(root)?.textContent).toContain('09:59');
    await advance(3 * 60_000);
    expect(liveRegion(root)?.textContent?.trim()).toBe('');

    await advance(59_000 + 60_000);
    expect(countdown(root)?.textContent).toContain('05:00');
    expect(liveRegion(root)?.textContent?.trim()).toBe('5 minutes left to complete your booking.');

    await advance(4 * 60_000);
    expect(liveRegion(root)?.textContent?.trim()).toBe('1 minute left to complete your booking.');
  });

  it('offers to hold the same unit again once expired, and carries the checkout over', async () => {
    storeCheckout(state);
    const root = await open();
    expect(root.querySelector('be-hold-expired')).toBeNull();
    await advance(10 * 60_000);
    expect(countdown(root)?.textContent?.trim()).toBe(`Your hold on ${state.hold.unitCode} has expired.`);
    expect(liveRegion(root)?.textContent?.trim()).toBe('Your hold has expired. You can hold the same place again.');

    button(root, `Hold ${state.hold.unitCode} again`)?.click();
    const request = http.expectOne({ method: 'POST', url: `${API}/holds` });
    expect(request.request.body).toEqual({
      unitId: state.hold.unitId,
      stay: { arrival: '2027-06-12', departure: '2027-06-15' },
      party: { adults: 2, childrenAges: [7], pets: 1, vehicles: 1 },
    });
    const renewed = holdFixture({ holdId: '9b2d7c1e-0a4f-4c55-8e9b-2f1c3d4e5f60', expiresAt: '2027-03-01T10:20:00.000Z' });
    request.flush(renewed);
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe(`/checkout/${renewed.holdId}/details`));
    await harness.fixture.whenStable();

    expect(storedCheckout(holdId)).toBeNull();
    const moved = storedCheckout(renewed.holdId);
    expect(moved?.guest).toEqual({ firstName: 'Anna' });
    expect(moved?.extras).toEqual([{ code: 'bbq', quantity: 1 }]);
    expect(moved?.idempotencyKey).not.toBe(state.idempotencyKey);
    expect(root.querySelector('be-hold-expired')).toBeNull();
    expect(countdown(root)?.textContent).toContain('10:00');
    expect(document.activeElement).toBe(countdown(root));
    expect((root.querySelector('#guest-first-name') as HTMLInputElement).value).toBe('Anna');
  });

  it('offers any unit of the type, or the map, when the unit was taken meanwhile', async () => {
    storeCheckout(state);
    const root = await open(`/checkout/${holdId}/extras`);
    await advance(10 * 60_000);
    button(root, `Hold ${state.hold.unitCode} again`)?.click();
    apiError(http.expectOne(`${API}/holds`), 409, 'UNIT_TAKEN');
    await harness.fixture.whenStable();

    expect(root.querySelector('be-hold-expired p')?.textContent).toContain('has been taken by someone else');
    const map = [...root.querySelectorAll('be-hold-expired a')].find((link) => link.textContent?.includes('map'));
    expect(map?.getAttribute('href')).toBe('/stay/pitch-standard?arrival=2027-06-12&departure=2027-06-15&adults=2&children=7&pets=1&vehicles=1');

    button(root, 'Hold another place of this type')?.click();
    const request = http.expectOne(`${API}/holds`);
    expect(request.request.body).toEqual({
      unitTypeCode: 'pitch-standard',
      stay: { arrival: '2027-06-12', departure: '2027-06-15' },
      party: { adults: 2, childrenAges: [7], pets: 1, vehicles: 1 },
    });
    const renewed = holdFixture({ holdId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', unitCode: 'B07', expiresAt: '2027-03-01T10:20:00.000Z' });
    request.flush(renewed);
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe(`/checkout/${renewed.holdId}/extras`));
    await harness.fixture.whenStable();
    expect(countdown(root)?.textContent).toContain('B07 is held for you');
  });
});
