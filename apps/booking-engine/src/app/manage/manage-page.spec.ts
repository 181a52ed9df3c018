import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { BookingView } from '@pitchdesk/contracts';
import { formatCalendarDate } from '../core/calendar-dates';
import { formatMoney } from '../core/money';
import { answerPropertyFacts, apiError, provideCheckoutTesting } from '../checkout/testing/checkout-testing';

describe('ManagePage', () => {
  const booking: BookingView = {
    reference: 'K7M3QXPA',
    status: 'confirmed',
    propertyId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    unitId: '5f0c2d1e-8b7a-4c3d-9e2f-1a0b9c8d7e6f',
    unitCode: 'A02',
    unitTypeCode: 'pitch-standard',
    arrival: '2027-06-12',
    departure: '2027-06-15',
    guest: { firstName: 'Anna', lastName: 'Rossi', email: 'anna@example.it', country: 'IT' },
    locale: 'en',
    quote: {
      currency: 'EUR',
      nights: 3,
      lines: [{ kind: 'accommodation', code: 'mid', quantity: 3, unitMinor: 1500, amountMinor: 4500, seasonCode: 'mid' }],
      totalMinor: 15000,
    },
    cancellation: { freeUntil: '2027-05-13', feeIfCancelledNowMinor: 4500 },
    cancelledAt: null,
    cancellationFeeMinor: null,
  };
  const freeUntil = formatCalendarDate('2027-05-13', 'en', 'long');
  const fee = formatMoney(4500, 'EUR', 'en');
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    provideCheckoutTesting();
    http = TestBed.inject(HttpTestingController);
  });

  async function open(url: string, answer?: (request: ReturnType<HttpTestingController['expectOne']>) => void): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    if (answer) {
      answer(http.expectOne('/api/bookings/K7M3QXPA'));
    }
    answerPropertyFacts(http);
    await harness.fixture.whenStable();
    page = harness.routeNativeElement as HTMLElement;
  }

  const button = (name: string) => [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  const policy = () => page.querySelector('[data-testid=cancellation-policy]')?.textContent?.trim();

  it('reads the token from the fragment and states the cancellation cost plainly', async () => {
    await open('/manage/K7M3QXPA#token=tok_abc-123', (request) => {
      expect(request.request.headers.get('authorization')).toBe('Bearer tok_abc-123');
      request.flush(booking);
    });
    expect(page.querySelector('[data-testid=booking-reference]')?.textContent?.trim()).toBe('K7M3QXPA');
    expect(page.querySelector('[data-testid=booking-status]')?.textContent?.trim()).toBe('This booking is confirmed.');
    expect(page.textContent).toContain('Standard pitch A02');
    expect(policy()).toBe(`Cancelling now costs ${fee}. Free cancellation was possible until ${freeUntil}.`);
  });

  it('says until when cancelling is free', async () => {
    await open('/manage/K7M3QXPA#token=tok_abc-123', (request) =>
      request.flush({ ...booking, cancellation: { freeUntil: '2027-05-13', feeIfCancelledNowMinor: 0 } }),
    );
    expect(policy()).toBe(`Free cancellation until ${freeUntil}.`);
  });

  it('cancels only after the guest confirms, then shows the cancelled booking and its fee', async () => {
    await open('/manage/K7M3QXPA#token=tok_abc-123', (request) => request.flush(booking));
    button('Cancel this booking')?.click();
    await harness.fixture.whenStable();
    http.expectNone('/api/bookings/K7M3QXPA/cancellation');
    expect(document.activeElement?.textContent).toContain('Do you really want to cancel booking K7M3QXPA?');
    expect(page.textContent).toContain(`Cancelling now costs ${fee}. This cannot be undone.`);

    button('Yes, cancel my booking')?.click();
    const cancel = http.expectOne({ method: 'POST', url: '/api/bookings/K7M3QXPA/cancellation' });
    expect(cancel.request.headers.get('authorization')).toBe('Bearer tok_abc-123');
    cancel.flush({ ...booking, status: 'cancelled', cancelledAt: '2027-06-01T08:00:00.000Z', cancellationFeeMinor: 4500 });
    await harness.fixture.whenStable();

    const status = page.querySelector('[data-testid=booking-status]');
    expect(status?.textContent).toContain('This booking is cancelled.');
    expect(status?.textContent).toContain(`A cancellation fee of ${fee} applies.`);
    expect(document.activeElement).toBe(status);
    expect(button('Cancel this booking')).toBeUndefined();
  });

  it('keeps the booking when the guest changes their mind', async () => {
    await open('/manage/K7M3QXPA#token=tok_abc-123', (request) => request.flush(booking));
    button('Cancel this booking')?.click();
    await harness.fixture.whenStable();
    button('No, keep my booking')?.click();
    await harness.fixture.whenStable();
    http.expectNone('/api/bookings/K7M3QXPA/cancellation');
    expect(document.activeElement).toBe(button('Cancel this booking'));
  });

  it('explains a link without its token, without asking the API', async () => {
    await open('/manage/K7M3QXPA');
    http.expectNone('/api/bookings/K7M3QXPA');
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('This link is incomplete');
  });

  it('says "not found" for a wrong token', async () => {
    await open('/manage/K7M3QXPA#token=guess', (request) => apiError(request, 404, 'BOOKING_NOT_FOUND'));
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Booking not found');
    expect(page.querySelector('[data-testid=cancellation-policy]')).toBeNull();
  });
});
