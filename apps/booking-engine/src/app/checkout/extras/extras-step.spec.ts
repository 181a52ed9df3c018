import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { answerPropertyFacts, provideCheckoutTesting, stateFixture, storeCheckout, storedCheckout } from '../testing/checkout-testing';

describe('ExtrasStep', () => {
  const state = stateFixture();
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(async () => {
    sessionStorage.clear();
    storeCheckout(state);
    provideCheckoutTesting();
    harness = await RouterTestingHarness.create(`/checkout/${state.hold.holdId}`);
    answerPropertyFacts();
    await harness.fixture.whenStable();
    page = harness.routeNativeElement as HTMLElement;
  });

  const labelled = (name: string) => {
    const label = [...page.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === name);
    return label ? (page.querySelector(`#${label.htmlFor}`) as HTMLInputElement & HTMLSelectElement) : null;
  };

  it('opens on the extras step with the extras of this unit type, per-person ones up to the party', () => {
    expect(TestBed.inject(Router).url).toBe(`/checkout/${state.hold.holdId}/extras`);
    expect(document.activeElement?.textContent?.trim()).toBe('Add extras');
    expect(labelled('BBQ')?.type).toBe('checkbox');
    expect(labelled('Bed linen')).toBeNull();
    const breakfast = labelled('Breakfast');
    expect([...(breakfast?.options ?? [])].map((option) => option.textContent?.trim())).toEqual([
      'None',
      'For 1 guest',
      'For 2 guests',
      'For 3 guests',
    ]);
    expect(page.querySelector(`#${breakfast?.getAttribute('aria-describedby')}`)?.textContent?.trim()).toBe('€9.00 per guest per night');
  });

  it('saves each choice in the session at once', async () => {
    const bbq = labelled('BBQ') as HTMLInputElement;
    bbq.click();
    const breakfast = labelled('Breakfast') as HTMLSelectElement;
    breakfast.value = '2';
    breakfast.dispatchEvent(new Event('change'));
    expect(storedCheckout(state.hold.holdId)?.extras).toEqual([
      { code: 'bbq', quantity: 1 },
      { code: 'breakfast', quantity: 2 },
    ]);
    bbq.click();
    expect(storedCheckout(state.hold.holdId)?.extras).toEqual([{ code: 'breakfast', quantity: 2 }]);
    await harness.fixture.whenStable();
    expect((labelled('Breakfast') as HTMLSelectElement).value).toBe('2');
  });
});
