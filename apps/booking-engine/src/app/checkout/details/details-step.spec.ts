import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { clearTranslations, loadTranslations } from '@angular/localize';
import { answerPropertyFacts, provideCheckoutTesting, stateFixture, storeCheckout, storedCheckout } from '../testing/checkout-testing';

describe('DetailsStep', () => {
  const state = stateFixture();

  beforeEach(() => {
    sessionStorage.clear();
    storeCheckout(state);
    provideCheckoutTesting();
  });
  afterEach(() => clearTranslations());

  async function open(): Promise<{ harness: RouterTestingHarness; page: HTMLElement }> {
    const harness = await RouterTestingHarness.create(`/checkout/${state.hold.holdId}/details`);
    answerPropertyFacts();
    await harness.fixture.whenStable();
    return { harness, page: harness.routeNativeElement as HTMLElement };
  }

  const byId = (page: HTMLElement, id: string) => page.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;

  function type(page: HTMLElement, id: string, value: string): void {
    const input = byId(page, id);
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  }

  async function submit(harness: RouterTestingHarness, page: HTMLElement): Promise<void> {
    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await harness.fixture.whenStable();
  }

  it('shows each problem at its field, in a summary with links, and focuses the first', async () => {
    const { harness, page } = await open();
    type(page, 'guest-email', 'anna@');
    await submit(harness, page);

    const firstName = byId(page, 'guest-first-name');
    expect(firstName.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector(`#${firstName.getAttribute('aria-describedby')}`)?.textContent?.trim()).toBe('Enter your first name');
    expect(byId(page, 'guest-email').getAttribute('aria-describedby')).toBe('guest-email-hint guest-email-error');
    expect(page.querySelector('#guest-email-error')?.textContent?.trim()).toBe('Enter an e-mail address such as name@example.com');
    expect(byId(page, 'guest-phone').hasAttribute('aria-invalid')).toBe(false);

    const summary = page.querySelector('[role=alert]');
    expect(summary?.querySelector('h2')?.textContent?.trim()).toBe('Please correct 4 fields');
    expect([...(summary?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')?.split('#')[1])).toEqual([
      'guest-first-name',
      'guest-last-name',
      'guest-email',
      'guest-country',
    ]);
    expect(document.activeElement).toBe(firstName);
  });

  it('shows messages by their translation ids, never the contract text', async () => {
    loadTranslations({
      'checkout.details.error.first-name-required': 'Inserisci il tuo nome',
      'checkout.details.error.email-invalid': 'Inserisci un indirizzo e-mail come nome@esempio.it',
      'checkout.details.error.country-required': 'Scegli il paese di residenza',
    });
    const { harness, page } = await open();
    type(page, 'guest-last-name', 'Rossi');
    type(page, 'guest-email', 'not an address');
    await submit(harness, page);

    expect(page.querySelector('#guest-first-name-error')?.textContent?.trim()).toBe('Inserisci il tuo nome');
    expect(page.querySelector('#guest-email-error')?.textContent?.trim()).toBe('Inserisci un indirizzo e-mail come nome@esempio.it');
    expect(page.querySelector('#guest-country-error')?.textContent?.trim()).toBe('Scegli il paese di residenza');
    expect(page.textContent).not.toMatch(/Invalid|expected/);
  });

  it('saves every keystroke to the session and continues to the review when valid', async () => {
    const { page } = await open();
    type(page, 'guest-first-name', 'Anna');
    type(page, 'guest-last-name', 'Rossi');
    type(page, 'guest-email', 'anna@example.it');
    type(page, 'guest-country', 'IT');
    expect(storedCheckout(state.hold.holdId)?.guest).toEqual({ firstName: 'Anna', lastName: 'Rossi', email: 'anna@example.it', country: 'IT' });

    page.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    // The review asks the server for its quote at once: wait for the route, not for stability.
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe(`/checkout/${state.hold.holdId}/review`));
    expect(page.querySelector('[role=alert]')).toBeNull();
  });

  it('shows a field message only once the guest has left the field', async () => {
    const { harness, page } = await open();
    type(page, 'guest-email', 'anna@');
    await harness.fixture.whenStable();
    expect(page.querySelector('#guest-email-error')).toBeNull();
    byId(page, 'guest-email').dispatchEvent(new Event('blur'));
    await harness.fixture.whenStable();
    expect(page.querySelector('#guest-email-error')).not.toBeNull();
    expect(page.querySelector('#guest-first-name-error')).toBeNull();
  });

  it('restores what the guest typed before a reload', async () => {
    sessionStorage.clear();
    storeCheckout(stateFixture({ guest: { firstName: 'Jan', country: 'NL' } }));
    const { page } = await open();
    expect(byId(page, 'guest-first-name').value).toBe('Jan');
    expect(byId(page, 'guest-country').value).toBe('NL');
  });
});
