import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'be-checkout-page',
  template: `<h1 i18n="@@checkout.placeholder-title">Coming soon</h1>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckoutPage {}
