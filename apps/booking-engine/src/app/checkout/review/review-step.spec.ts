import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { BookingCreated } from '@pitchdesk/contracts';
import { parseCalendarDate, parseDateRange, quoteStay } from '@pitchdesk/domain';
import { formatMoney } from '../../core/money';
import {
  API,
  answerPropertyFacts,
  apiError,
  demoRateCard,
  dropConnection,
  provideCheckoutTesting,
  stateFixture,
  storeCheckout,
  storedCheckout,
} from '../testing/checkout-testing';

describe('ReviewStep', () => {
  const guest = { firstName: 'Anna', lastName: 'Rossi', email: 'anna@example.it', phone: '', country: 'IT' };
  const extras = [
    { code: 'bbq', quantity: 1 },
    { code: 'breakfast', quantity: 2 },
  ];
  const state = stateFixture({ guest, extras });
  const holdId = state.hold.holdId;
  // What the shared domain code says, computed here independently of the page.
  const expected = quoteStay(demoRateCard, {
    unitTypeCode: 'pitch-standard',
    stay: parseDateRange({ arrival: '2027-06-12', departure: '2027-06-15' }),
    party: { adults: 2, childrenAges: [7], pets: 1, vehicles: 1 },
    extras,
    bookedOn: parseCalendarDate('2027-03-01'),
  });
  const created: BookingCreated = {
    booking: {
      reference: 'K7M3QXPA',
      status: 'confirmed',
      propertyId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      unitId: state.hold.unitId,
      unitCode: state.hold.unitCode,
      unitTypeCode: 'pitch-standard',
      arrival: '2027-06-12',
      departure: '2027-06-15',
      guest: { firstName: 'Anna', lastName: 'Rossi', email: 'anna@example.it', country: 'IT' },
      locale: 'en',
      quote: expected,
      cancellation: { freeUntil: '2027-05-13', feeIfCancelledNowMinor: 0 },
      cancelledAt: null,
      cancellationFeeMinor: null,
    },
    manageToken: 'tok_abc-123',
  };

  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(async () => {
    // 1 March 2027 in Rome: 103 days before arrival, so the early-booking discount applies.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-01T10:00:00Z'));
    sessionStorage.clear();
    storeCheckout(state);
    provideCheckoutTesting();
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(`/checkout/${holdId}/review`);
    answerPropertyFacts(http);
    await vi.waitFor(() => expect(harness.routeNativeElement?.querySelector('[data-testid=quote-total]')).not.toBeNull());
    page = harness.routeNativeElement as HTMLElement;
  });
  afterEach(() => vi.useRealTimers());

  const total = () => page.querySelector('[data-testid=quote-total]')?.textContent?.trim();
  const confirmButton = () =>
    [...page.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Confirm booking') as HTMLButtonElement;

  async function answerServerQuote(quote = expected): Promise<void> {
    const request = http.expectOne(`${API}/quotes`);
    expect(request.request.body).toEqual({
      unitTypeCode: 'pitch-standard',
      stay: { arrival: '2027-06-12', departure: '2027-06-15' },
      party: { adults: 2, childrenAges: [7], pets: 1, vehicles: 1 },
      extras,
    });
    request.flush(quote);
    await harness.fixture.whenStable();
  }

  it('prices the stay in the browser exactly as the shared domain code does', async () => {
    // Before the server answers: this total is the browser's own.
    expect(expected.lines.map((line) => line.kind)).toContain('discount');
    expect(total()).toBe(formatMoney(expected.totalMinor, 'EUR', 'en'));
    expect(page.querySelectorAll('be-quote-lines tbody tr')).toHaveLength(expected.lines.length);
    expect(page.textContent).toContain('Early-booking discount');
    await answerServerQuote();
    expect(total()).toBe(formatMoney(expected.totalMinor, 'EUR', 'en'));
  });

  it('shows the server quote and reports it when the two ever differ', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const server = { ...expected, totalMinor: expected.totalMinor + 100 };
    await answerServerQuote(server);
    expect(total()).toBe(formatMoney(server.totalMinor, 'EUR', 'en'));
    expect(error).toHaveBeenCalledWith('checkout: the browser quote differs from the server quote', expect.anything());
  });

  it('retries a lost confirmation with the same idempotency key, then shows the booking', async () => {
    await answerServerQuote();
    confirmButton().click();
    const first = http.expectOne({ method: 'POST', url: '/api/bookings' });
    expect(first.request.headers.get('idempotency-key')).toBe(state.idempotencyKey);
    expect(first.request.body).toEqual({
      holdId,
      guest: { firstName: 'Anna', lastName: 'Rossi', email: 'anna@example.it', country: 'IT' },
      extras,
      locale: 'en',
    });
    dropConnection(first);
    await harness.fixture.whenStable();
    expect(page.querySelector('[role=alert]')?.textContent).toContain('could not reach the booking system');
    expect(storedCheckout(holdId)?.guest).toEqual(guest);

    confirmButton().click();
    const retry = http.expectOne({ method: 'POST', url: '/api/bookings' });
    expect(retry.request.headers.get('idempotency-key')).toBe(state.idempotencyKey);
    retry.flush(created);
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe(`/checkout/${holdId}/confirmation`));
    await harness.fixture.whenStable();
    answerPropertyFacts(http);
    await harness.fixture.whenStable();

    const confirmation = harness.routeNativeElement as HTMLElement;
    expect(confirmation.querySelector('[data-testid=booking-reference]')?.textContent?.trim()).toBe('K7M3QXPA');
    expect(confirmation.textContent).toContain('anna@example.it');
    expect(confirmation.querySelector('a.button')?.getAttribute('href')).toBe('/manage/K7M3QXPA#token=tok_abc-123');
    expect(storedCheckout(holdId)).toBeNull();
  });

  it('offers to hold the unit again when the hold expired before the confirmation', async () => {
    await answerServerQuote();
    confirmButton().click();
    apiError(http.expectOne('/api/bookings'), 409, 'HOLD_EXPIRED');
    await harness.fixture.whenStable();
    const root = harness.fixture.nativeElement as HTMLElement;
    const heading = root.querySelector('#hold-expired-title');
    expect(heading?.textContent?.trim()).toBe('Your hold has expired');
    expect(document.activeElement).toBe(heading);
    expect([...root.querySelectorAll('button')].map((button) => button.textContent?.trim())).toContain(`Hold ${state.hold.unitCode} again`);
  });

  it('goes back to the details with the fields the API refused', async () => {
    await answerServerQuote();
    confirmButton().click();
    apiError(http.expectOne('/api/bookings'), 400, 'VALIDATION_FAILED', { fields: { 'body.guest.email': 'Invalid email address' } });
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe(`/checkout/${holdId}/details`));
    await harness.fixture.whenStable();
    const details = harness.routeNativeElement as HTMLElement;
    expect(details.querySelector('#guest-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(details.querySelector('#guest-email-error')?.textContent?.trim()).toBe('Enter an e-mail address such as name@example.com');
    expect(document.activeElement).toBe(details.querySelector('#guest-email'));
  });
});
