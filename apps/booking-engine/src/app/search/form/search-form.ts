import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, model, output, signal } from '@angular/core';
import type { StaySearch } from '../../core/booking-api';
import { daysBetween, isIsoDate } from '../dates/iso-date';
import { DateField } from '../picker/date-field';
import type { FieldErrors } from '../query/field-errors';
import { firstInvalidField } from '../query/field-errors';
import type { SearchDraft } from '../query/search-draft';
import { validateDraft } from '../query/validate-draft';
import { StayCalendar } from '../stay-calendar/stay-calendar';
import type { UnitTypeOption } from './filter-fields';
import { FilterFields } from './filter-fields';
import { PartyFields } from './party-fields';

/**
 * The search form: dates, party, filters. It checks what the guest can fix before asking
 * the API (messages next to each field, focus on the first) and emits a complete search.
 * The draft is the parent's: the URL fills it, and nothing typed is lost on an error.
 */
@Component({
  selector: 'be-search-form',
  imports: [DateField, PartyFields, FilterFields],
  templateUrl: './search-form.html',
  styleUrl: './search-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchForm {
  readonly draft = model.required<SearchDraft>();
  readonly unitTypes = input<readonly UnitTypeOption[]>([]);
  /** Field messages from the API's answer to the last search (a 400). */
  readonly serverErrors = input<FieldErrors>({});
  readonly searchRequested = output<StaySearch>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly calendar = inject(StayCalendar);
  /** After a first attempt, messages follow the draft: they go away as the guest fixes them. */
  private readonly attempted = signal(false);

  protected readonly errors = computed((): FieldErrors => {
    const local = this.attempted() ? (validateDraft(this.draft(), this.calendar.today()).errors ?? {}) : {};
    return { ...this.serverErrors(), ...local };
  });

  protected readonly nights = computed(() => {
    const { arrival, departure } = this.draft();
    return isIsoDate(arrival) && isIsoDate(departure) && departure > arrival ? daysBetween(arrival, departure) : 0;
  });

  /** A new arrival on or after the departure moves the departure to the shortest stay. */
  protected setArrival(arrival: string): void {
    this.draft.update((draft) => {
      const departureBehind = draft.departure === '' || (isIsoDate(draft.departure) && draft.departure <= arrival);
      if (!isIsoDate(arrival) || !departureBehind) {
        return { ...draft, arrival };
      }
      return { ...draft, arrival, departure: this.calendar.suggestedDeparture(arrival, draft.types) };
    });
  }

  protected setDeparture(departure: string): void {
    this.draft.update((draft) => ({ ...draft, departure }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.attempted.set(true);
    const check = validateDraft(this.draft(), this.calendar.today());
    if (check.errors) {
      this.focusFirstInvalid(check.errors);
      return;
    }
    this.searchRequested.emit(check.search);
  }

  /** Moves the focus to the first field with a message (after the API refused a search). */
  focusFirstError(): void {
    this.focusFirstInvalid(this.errors());
  }

  private focusFirstInvalid(errors: FieldErrors): void {
    const field = firstInvalidField(errors, this.draft().childrenAges.length);
    if (field) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${field}`)?.focus(), { injector: this.injector });
    }
  }
}
