import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, model, signal, viewChild } from '@angular/core';
import type { CalendarDate } from '@pitchdesk/domain';
import { formatCalendarDate } from '../../core/calendar-dates';
import { injectGuestLocale } from '../../core/guest-locale';
import { isIsoDate, maxDate, minDate } from '../dates/iso-date';
import { displayTypedDate, readTypedDate } from '../dates/typed-date';
import { StayCalendar } from '../stay-calendar/stay-calendar';
import { DatePickerDialog } from './date-picker-dialog';
import type { PickerMode } from './picker-mode';

/**
 * One end of the stay: a text input the guest may type into (day first, any of / . -)
 * and a button that opens the date picker dialog (WAI-ARIA APG "date picker dialog").
 * The value is `YYYY-MM-DD` once the text is a date, the text itself otherwise.
 */
@Component({
  selector: 'be-date-field',
  imports: [DatePickerDialog],
  templateUrl: './date-field.html',
  styleUrl: './date-field.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateField {
  readonly mode = input.required<PickerMode>();
  readonly value = model.required<string>();
  /** For a departure: the arrival chosen so far (the picker starts from it). */
  readonly arrival = input('');
  /** Unit types searched (empty: all): days are open when one of them takes the stay. */
  readonly unitTypes = input<readonly string[]>([]);
  readonly error = input<string | undefined>(undefined);

  private readonly locale = injectGuestLocale();
  private readonly trigger = viewChild.required<ElementRef<HTMLButtonElement>>('trigger');
  protected readonly calendar = inject(StayCalendar);
  protected readonly open = signal(false);

  protected readonly id = computed(() => this.mode());
  /** What the input shows: the guest's own text while it means the current value. */
  protected readonly text = linkedSignal<string, string>({
    source: this.value,
    computation: (value, previous) => (previous && readTypedDate(previous.value) === value ? previous.value : displayTypedDate(value, this.locale)),
  });
  protected readonly selectedDay = computed(() => {
    const value = this.value();
    return isIsoDate(value) ? value : null;
  });
  /** The chosen date in words, with its weekday: the guest sees what the typed text meant. */
  protected readonly longDate = computed(() => {
    const day = this.selectedDay();
    return day ? formatCalendarDate(day, this.locale, 'long') : '';
  });
  protected readonly heading = computed(() =>
    this.mode() === 'arrival'
      ? $localize`:@@search.picker.arrival-heading:Choose your arrival date`
      : $localize`:@@search.picker.departure-heading:Choose your departure date`,
  );
  protected readonly describedBy = computed(() =>
    [this.error() ? `${this.id()}-error` : '', `${this.id()}-hint`, this.longDate() ? `${this.id()}-long` : ''].filter(Boolean).join(' '),
  );

  protected readonly validArrival = computed(() => {
    const arrival = this.arrival();
    return this.mode() === 'departure' && isIsoDate(arrival) ? arrival : null;
  });

  protected readonly dayState = computed(() => {
    if (this.mode() === 'arrival') {
      return this.calendar.arrivalStates(this.unitTypes());
    }
    const arrival = this.validArrival();
    // No arrival yet: nothing to measure a stay from, so no rule can close a departure.
    return arrival ? this.calendar.departureStates(arrival, this.unitTypes()) : this.calendar.futureDays();
  });

  protected readonly first = computed(() => {
    const arrival = this.validArrival();
    return arrival ?? this.calendar.firstDay();
  });

  /** The chosen day, else the shortest stay after the arrival, else the first day offered. */
  protected readonly openAt = computed((): CalendarDate => {
    const arrival = this.validArrival();
    const start = this.selectedDay() ?? (arrival ? this.calendar.suggestedDeparture(arrival, this.unitTypes()) : this.calendar.firstDay());
    return minDate(maxDate(start, this.first()), this.calendar.lastDay());
  });

  protected onInput(event: Event): void {
    const typed = (event.target as HTMLInputElement).value;
    this.text.set(typed);
    this.value.set(readTypedDate(typed));
  }

  protected pick(day: CalendarDate): void {
    this.value.set(day);
  }

  /** APG: focus returns to the button that opened the dialog, chosen or not. */
  protected onClosed(): void {
    this.open.set(false);
    this.trigger().nativeElement.focus();
  }
}
