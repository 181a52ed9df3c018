import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { API, CATALOGUE, detail, RESERVATION_ID } from './desk-fixtures';
import { NewBookingPage } from './new-booking-page';

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('NewBookingPage', () => {
  let fixture: ComponentFixture<NewBookingPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  function type(id: string, value: string): void {
    const input = host.querySelector<HTMLInputElement | HTMLSelectElement>(`#new-booking-${id}`);
    if (!input) {
      throw new Error(`no input #new-booking-${id}`);
    }
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  async function submit(): Promise<void> {
    await settle(fixture);
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(NewBookingPage);
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    http.expectOne('/api/properties/lago-verde/catalogue').flush({ unitTypes: CATALOGUE.unitTypes, units: CATALOGUE.units });
    http.expectOne('/api/properties/lago-verde/rate-card').flush({ extras: CATALOGUE.extras });
    await settle(fixture);
  });

  afterEach(() => {
    host.remove();
    // The live quote may still be waiting for its pause: not what these tests look at.
    http.match(`${API}/quote`);
  });

  function fillGuest(): void {
    type('arrival', '2027-07-01');
    type('departure', '2027-07-04');
    type('first-name', 'Anna');
    type('last-name', 'Rossi');
  }

  it('labels every input and books with an Idempotency-Key, then opens the booking', async () => {
    for (const input of host.querySelectorAll('input:not([type="radio"]):not([type="checkbox"]), select')) {
      expect(host.querySelector(`label[for="${input.id}"]`)?.textContent?.trim()).toBeTruthy();
    }
    type('unit', 'u-a02');
    fillGuest();
    await submit();

    const booking = http.expectOne((request) => request.url === API && request.method === 'POST');
    expect(booking.request.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(booking.request.body).toEqual({
      channel: 'phone',
      unitId: 'u-a02',
      stay: { arrival: '2027-07-01', departure: '2027-07-04' },
      party: { adults: 2, childrenAges: [], pets: 0, vehicles: 0 },
      extras: [],
      guest: { firstName: 'Anna', lastName: 'Rossi', email: undefined, phone: undefined, country: 'IT' },
      locale: 'it',
    });
    booking.flush(detail());
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/reservations', RESERVATION_ID]);
  });

  it('shows refused fields under their inputs, focuses the first, and retries with the same key', async () => {
    fillGuest();
    host.querySelector<HTMLInputElement>('#new-booking-rule-override')?.click();
    await submit();
    const first = http.expectOne((request) => request.url === API && request.method === 'POST');
    const key = first.request.headers.get('idempotency-key');
    expect(first.request.body.ruleOverride).toEqual({ reason: '' });
    first.flush(
      { code: 'VALIDATION_FAILED', message: 'Invalid request', fields: { 'body.ruleOverride.reason': 'say why (the reason is recorded with the override)' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    // Focus moves once the problems are on screen.
    await settle(fixture);
    const reason = host.querySelector<HTMLInputElement>('#new-booking-rule-reason');
    expect(reason?.getAttribute('aria-invalid')).toBe('true');
    expect(reason?.getAttribute('aria-describedby')).toBe('new-booking-rule-reason-error');
    expect(host.querySelector('#new-booking-rule-reason-error')?.textContent).toContain('say why');
    expect(document.activeElement).toBe(reason);

    type('rule-reason', 'Leaves early');
    await submit();
    const second = http.expectOne((request) => request.url === API && request.method === 'POST');
    expect(second.request.headers.get('idempotency-key')).toBe(key);
    expect(second.request.body.ruleOverride).toEqual({ reason: 'Leaves early' });
    second.flush(
      { code: 'UNIT_TAKEN', message: 'taken', details: { conflicts: [{ night: '2027-07-02', kind: 'reservation', reference: 'ABCDEFGH', closureId: null }] } },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    const problem = host.querySelector('[role="alert"]');
    expect(problem?.textContent).toContain('That unit is taken on some of these nights. Nothing was changed.');
    expect(problem?.textContent).toContain('2027-07-02: taken by ABCDEFGH');
    expect(navigate).not.toHaveBeenCalled();
  });
});
