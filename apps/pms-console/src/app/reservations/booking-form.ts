import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, linkedSignal, LOCALE_ID, output, signal, viewChild } from '@angular/core';
import type { DeskQuote } from '@pitchdesk/contracts';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { stayOf } from './booking-form-model';
import type { BookingFormValue, FieldErrors } from './booking-form-model';
import { formatMinor } from './desk-format';
import type { DeskCatalogue } from './reservations-api';
import { ReservationsApi } from './reservations-api';

/** Typing pauses this long before the quote is asked for again. */
export const QUOTE_DELAY_MS = 400;

type TextField = { [K in keyof BookingFormValue]: BookingFormValue[K] extends string ? K : never }[keyof BookingFormValue];

/**
 * The stay, party, extras, guest and overrides of a desk booking, with a live quote. Used
 * for new bookings and for edits; the page owning it sends the request and hands back
 * the API's field problems, which show under their inputs.
 */
@Component({
  selector: 'pc-booking-form',
  templateUrl: './booking-form.html',
  styleUrl: './booking-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingForm {
  private readonly api = inject(ReservationsApi);
  private readonly locale = inject(LOCALE_ID);
  private quoteTimer: ReturnType<typeof setTimeout> | undefined;
  private quoteSeq = 0;

  readonly catalogue = input.required<DeskCatalogue>();
  readonly initial = input.required<BookingFormValue>();
  readonly mode = input<'new' | 'edit'>('new');
  /** The reservation being edited: its own nights are not "taken" in the quote. */
  readonly reservationId = input<string | null>(null);
  readonly pending = input(false);
  readonly errors = input<FieldErrors>({});

  readonly submitted = output<BookingFormValue>();
  readonly cancelled = output();

  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('form');

  protected readonly value = linkedSignal(() => this.initial());
  protected readonly quote = signal<DeskQuote | null>(null);
  protected readonly quoteProblem = signal<string | null>(null);
  protected readonly id = computed(() => `${this.mode()}-booking`);
  protected readonly units = computed(() => this.catalogue().units.filter((unit) => unit.unitTypeId === this.value().unitTypeId));
  protected readonly unitTypeCode = computed(() => this.catalogue().unitTypes.find((type) => type.id === this.value().unitTypeId)?.code ?? '');
  protected readonly extras = computed(() =>
    this.catalogue().extras.filter((extra) => extra.unitTypeCodes.length === 0 || extra.unitTypeCodes.includes(this.unitTypeCode())),
  );

  protected readonly partyFields: readonly { key: TextField; id: string; label: string }[] = [
    { key: 'adults', id: 'adults', label: $localize`:@@reservations.form-adults:Adults` },
    { key: 'pets', id: 'pets', label: $localize`:@@reservations.form-pets:Pets` },
    { key: 'vehicles', id: 'vehicles', label: $localize`:@@reservations.form-vehicles:Vehicles` },
  ];
  protected readonly guestFields: readonly { key: TextField; id: string; label: string; type: string; autocomplete: string }[] = [
    { key: 'firstName', id: 'first-name', label: $localize`:@@reservations.form-first-name:First name`, type: 'text', autocomplete: 'off' },
    { key: 'lastName', id: 'last-name', label: $localize`:@@reservations.form-last-name:Surname`, type: 'text', autocomplete: 'off' },
    { key: 'email', id: 'email', label: $localize`:@@reservations.form-email:E-mail (optional)`, type: 'email', autocomplete: 'off' },
    { key: 'phone', id: 'phone', label: $localize`:@@reservations.form-phone:Phone (optional)`, type: 'tel', autocomplete: 'off' },
    { key: 'country', id: 'country', label: $localize`:@@reservations.form-country:Country (two letters, e.g. IT)`, type: 'text', autocomplete: 'off' },
  ];
  protected readonly locales = [
    { code: 'it', label: 'Italiano' },
    { code: 'en', label: 'English' },
    { code: 'de', label: 'Deutsch' },
    { code: 'nl', label: 'Nederlands' },
  ] as const;

  constructor() {
    effect(() => this.scheduleQuote(this.value()));
    // After a refused submit, focus goes to the first input with a problem.
    effect(() => {
      const first = Object.keys(this.errors())[0];
      if (first) {
        setTimeout(() => this.formElement().nativeElement.querySelector<HTMLElement>(`#${this.id()}-${first}`)?.focus());
      }
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.quoteTimer));
  }

  protected name(text: Record<string, string>): string {
    return text[this.locale.slice(0, 2)] ?? text['en'] ?? '';
  }

  protected fieldId(field: string): string {
    return `${this.id()}-${field}`;
  }

  /** aria-describedby: the field's hint (if any) and its problem (when it has one). */
  protected describedBy(field: string, hint = false): string | null {
    const ids = [...(hint ? [`${this.fieldId(field)}-hint`] : []), ...(this.errors()[field] ? [`${this.fieldId(field)}-error`] : [])];
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected money(amountMinor: number, currency: string): string {
    return formatMinor(amountMinor, currency, this.locale);
  }

  protected setText(field: TextField, event: Event): void {
    const text = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.value.update((value) => ({ ...value, [field]: text }));
  }

  protected setUnitType(event: Event): void {
    const unitTypeId = (event.target as HTMLSelectElement).value;
    this.value.update((value) => ({ ...value, unitTypeId, unitId: this.catalogue().units.find((unit) => unit.unitTypeId === unitTypeId)?.id ?? '' }));
  }

  protected setExtra(code: string, event: Event): void {
    const quantity = Math.max(0, Math.trunc(Number((event.target as HTMLInputElement).value)) || 0);
    this.value.update((value) => ({ ...value, extras: { ...value.extras, [code]: quantity } }));
  }

  protected setRuleOverride(event: Event): void {
    const ruleOverride = (event.target as HTMLInputElement).checked;
    this.value.update((value) => ({ ...value, ruleOverride }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (!this.pending()) {
      this.submitted.emit(this.value());
    }
  }

  private scheduleQuote(value: BookingFormValue): void {
    clearTimeout(this.quoteTimer);
    const stay = stayOf(value);
    if ('errors' in stay || !value.unitId || !value.arrival || !value.departure || value.departure <= value.arrival) {
      this.quote.set(null);
      return;
    }
    const reservationId = this.reservationId();
    const seq = ++this.quoteSeq;
    this.quoteTimer = setTimeout(() => {
      this.api
        .quote({ ...stay.stay, ...(reservationId && { reservationId }) })
        .then((quote) => {
          if (seq === this.quoteSeq) {
            this.quote.set(quote);
            this.quoteProblem.set(null);
          }
        })
        .catch((error: unknown) => {
          if (seq === this.quoteSeq) {
            const problem = describeApiProblem(error);
            this.quote.set(null);
            this.quoteProblem.set(problem.kind === 'unreachable' ? $localize`:@@reservations.quote-unreachable:No quote: the server cannot be reached.` : problem.message);
          }
        });
    }, QUOTE_DELAY_MS);
  }
}
