import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CheckoutStep } from './checkout-flow';
import { CHECKOUT_STEPS } from './checkout-flow';

/** Where the guest is in the checkout; each step stays reachable (input is kept on every step). */
@Component({
  selector: 'be-checkout-steps',
  imports: [RouterLink],
  template: `
    <nav aria-label="Booking steps" i18n-aria-label="@@checkout.steps.label">
      <ol class="steps">
        @for (step of steps; track step; let index = $index) {
          <li>
            <a [routerLink]="step" [attr.aria-current]="step === current() ? 'step' : null">
              <span class="number" aria-hidden="true">{{ index + 1 }}</span>
              @switch (step) {
                @case ('extras') {
                  <span i18n="@@checkout.steps.extras">Extras</span>
                }
                @case ('details') {
                  <span i18n="@@checkout.steps.details">Your details</span>
                }
                @case ('review') {
                  <span i18n="@@checkout.steps.review">Review and confirm</span>
                }
              }
            </a>
          </li>
        }
      </ol>
    </nav>
  `,
  styles: `
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.75rem;
      padding: 0.25rem 0;
      color: var(--pd-ink-muted);
      text-decoration: none;
    }
    a:hover span:last-child {
      text-decoration: underline;
    }
    .number {
      display: inline-grid;
      place-items: center;
      width: 1.75rem;
      height: 1.75rem;
      border-radius: 50%;
      border: 2px solid currentColor;
      font-weight: 700;
      font-size: 0.875rem;
    }
    a[aria-current='step'] {
      color: var(--pd-forest);
      font-weight: 700;
    }
    a[aria-current='step'] .number {
      background: var(--pd-forest);
      border-color: var(--pd-forest);
      color: var(--pd-on-forest);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckoutSteps {
  readonly current = input.required<CheckoutStep>();
  protected readonly steps = CHECKOUT_STEPS;
}
