import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, signal, viewChild } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { CheckoutFlow } from '../checkout-flow';
import { focusOnArrival } from '../shared/focus-heading';
import { countryOptions } from './countries';
import { guestProblemMessage } from './guest-messages';
import type { GuestDraft, GuestField, GuestProblems } from './guest-validation';
import { GUEST_FIELDS, guestProblems } from './guest-validation';

/** `firstName` -> `guest-first-name`: the id of the field's control. */
export const fieldId = (field: GuestField): string => `guest-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * Step 2: who is booking. Checked with the shared contract; a field's message shows once
 * the guest has left it or tried to continue, and every keystroke is saved to the session.
 */
@Component({
  selector: 'be-details-step',
  templateUrl: './details-step.html',
  styleUrls: ['../shared/checkout-ui.css', './details-step.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DetailsStep {
  protected readonly flow = inject(CheckoutFlow);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly id = fieldId;
  protected readonly countries = countryOptions(this.flow.locale);
  protected readonly draft = signal<GuestDraft>(this.flow.state()?.guest ?? {});
  /** Sent back by the API (400) with these fields: shown at once, as after a submit. */
  private readonly refused = this.flow.refusedFields;
  private readonly touched = signal<ReadonlySet<GuestField>>(new Set());
  protected readonly submitted = signal(this.refused().length > 0);

  private readonly problems = computed<GuestProblems>(() => {
    const problems = { ...guestProblems(this.draft()) };
    for (const field of this.refused()) {
      problems[field] ??= 'invalid';
    }
    return problems;
  });
  /** The message of each field whose problem the guest should see now. */
  protected readonly messages = computed(() => {
    const shown: Partial<Record<GuestField, string>> = {};
    for (const field of GUEST_FIELDS) {
      const problem = this.problems()[field];
      if (problem && (this.submitted() || this.touched().has(field))) {
        shown[field] = guestProblemMessage(field, problem);
      }
    }
    return shown;
  });
  protected readonly summary = computed(() =>
    this.submitted() ? GUEST_FIELDS.flatMap((field) => (this.messages()[field] ? [{ field, message: this.messages()[field] }] : [])) : [],
  );

  constructor() {
    this.flow.step.set('details');
    if (this.refused().length > 0) {
      afterNextRender({ write: () => this.focusFirstProblem() });
    } else {
      focusOnArrival(this.heading);
    }
  }

  protected value(field: GuestField): string {
    return this.draft()[field] ?? '';
  }

  protected update(field: GuestField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    this.flow.saveGuest(this.draft());
    if (this.refused().includes(field)) {
      this.refused.update((fields) => fields.filter((refused) => refused !== field));
    }
  }

  protected leave(field: GuestField): void {
    this.touched.update((touched) => new Set([...touched, field]));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (GUEST_FIELDS.some((field) => this.problems()[field])) {
      afterNextRender({ write: () => this.focusFirstProblem() }, { injector: this.injector });
      return;
    }
    void this.router.navigate(['../review'], { relativeTo: this.route });
  }

  /** A real link (it works without script, opens in a new tab), handled here to focus the field. */
  protected fieldHref(field: GuestField): string {
    const { pathname, search } = this.document.location;
    return `${pathname}${search}#${fieldId(field)}`;
  }

  protected goToField(event: Event, field: GuestField): void {
    event.preventDefault();
    this.document.getElementById(fieldId(field))?.focus();
  }

  private focusFirstProblem(): void {
    const first = GUEST_FIELDS.find((field) => this.problems()[field]);
    if (first) {
      this.document.getElementById(fieldId(first))?.focus();
    }
  }
}
