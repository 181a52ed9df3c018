import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { CheckOutPage } from './check-out-page';
import { BASE, folio, STAY_ID } from './front-desk-fixtures';

const STAY = `${BASE}/reservations/${STAY_ID}`;
const EXTRAS = {
  extras: [
    { code: 'linen', name: { en: 'Bed linen', it: 'Biancheria' }, basis: 'per-person-stay', priceMinor: 1_200, unitTypeCodes: [], maxQuantity: 2 },
    { code: 'cleaning', name: { en: 'Final cleaning', it: 'Pulizia finale' }, basis: 'per-stay', priceMinor: 5_000, unitTypeCodes: ['mobile-home'], maxQuantity: 1 },
  ],
};

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

describe('CheckOutPage', () => {
  let fixture: ComponentFixture<CheckOutPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

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
    fixture = TestBed.createComponent(CheckOutPage);
    fixture.componentRef.setInput('id', STAY_ID);
    host = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    http.expectOne(`${STAY}/folio`).flush(folio());
    await settle(fixture);
    http.expectOne('/api/properties/lago-verde/rate-card').flush(EXTRAS);
    await settle(fixture);
  });

  afterEach(() => {
    http.verify();
  });

  const button = (text: string): HTMLButtonElement => {
    const found = [...host.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
    if (!found) {
      throw new Error(`no button ${text}`);
    }
    return found;
  };
  const input = (id: string): HTMLInputElement => host.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;

  it('shows the folio by group with totals and the extra by its name', () => {
    const rows = [...host.querySelectorAll('section table')][0]?.querySelectorAll('tr') ?? [];
    const text = [...rows].map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' '));
    expect(text).toEqual([
      'Item Quantity Price Amount',
      'Nights €40.00',
      'high 2 €20.00 €40.00',
      'Extras €12.00',
      'Bed linen (added at the desk) 1 €12.00 €12.00',
      'Total €52.00',
      'Paid €0.00',
      'Balance €52.00',
    ]);
    expect([...host.querySelectorAll('a[download]')].map((link) => link.getAttribute('href'))).toEqual([`${STAY}/receipt.pdf?lang=en`, `${STAY}/receipt.pdf?lang=it`]);
  });

  it('takes a payment prefilled with the balance, and retries with the same Idempotency-Key', async () => {
    expect(input('payment-amount').value).toBe('52.00');
    button('Record payment').click();
    await settle(fixture);
    const first = http.expectOne(`${STAY}/folio/payments`);
    expect(first.request.body).toEqual({ method: 'cash', amountMinor: 5_200, reference: null });
    const key = first.request.headers.get('idempotency-key');
    first.flush(null, { status: 0, statusText: 'offline' });
    await settle(fixture);
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('a repeated request is recorded once');
    button('Record payment').click();
    await settle(fixture);
    const retry = http.expectOne(`${STAY}/folio/payments`);
    expect(retry.request.headers.get('idempotency-key')).toBe(key);
    retry.flush({ payment: {}, folio: folio({ paidMinor: 5_200, balanceMinor: 0 }) });
    await settle(fixture);
    expect(host.querySelector('#folio-balance')?.textContent).toBe('€0.00');
    expect(button('Check out')).toBeTruthy();
  });

  it('refuses an amount that is not one before calling the API', async () => {
    const amount = input('payment-amount');
    amount.value = '12,345';
    amount.dispatchEvent(new Event('input'));
    button('Record payment').click();
    await settle(fixture);
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector(`#${amount.getAttribute('aria-describedby') ?? ''}`)?.textContent).toBe('Enter an amount such as 12.50.');
  });

  it('needs a reason to check out with an open balance, then sends it as the override', async () => {
    button('Check out with open balance').click();
    await settle(fixture);
    expect(input('override-reason').getAttribute('aria-invalid')).toBe('true');
    const reason = host.querySelector<HTMLTextAreaElement>('#override-reason') as HTMLTextAreaElement;
    reason.value = 'Pays by transfer';
    reason.dispatchEvent(new Event('input'));
    button('Check out with open balance').click();
    await settle(fixture);
    const request = http.expectOne(`${STAY}/check-out`);
    expect(request.request.body).toEqual({ override: { reason: 'Pays by transfer' } });
    request.flush({ status: 'checked-out' });
    await settle(fixture);
    http.expectOne(`${STAY}/folio`).flush(folio({ status: 'checked-out' }));
    await settle(fixture);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Checked out.');
    expect(host.textContent).not.toContain('Check out with open balance');
  });

  it('offers only the extras the rate card offers with the stay’s unit type', () => {
    const offered = [...host.querySelectorAll<HTMLOptionElement>('#extra-code option')].map((option) => option.value);
    expect(offered).toEqual(['', 'linen']);
  });

  it('adds an extra of the rate card with its quantity', async () => {
    const select = host.querySelector<HTMLSelectElement>('#extra-code') as HTMLSelectElement;
    select.value = 'linen';
    select.dispatchEvent(new Event('change'));
    button('Add extra').click();
    await settle(fixture);
    const request = http.expectOne(`${STAY}/folio/charges`);
    expect(request.request.body).toEqual({ code: 'linen', quantity: 1 });
    expect(request.request.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    request.flush({ line: {}, folio: folio() });
    await settle(fixture);
  });
});
