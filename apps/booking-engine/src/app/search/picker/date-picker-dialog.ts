import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, input, linkedSignal, output, viewChild } from '@angular/core';
import type { CalendarDate } from '@pitchdesk/domain';
import { formatCalendarDate } from '../../core/calendar-dates';
import { injectGuestLocale } from '../../core/guest-locale';
import { addMonths, maxDate, minDate, startOfMonth } from '../dates/iso-date';
import type { DayState } from '../stay-calendar/day-state';
import { monthLabel, weekdayNames } from './calendar-labels';
import { describeDay } from './day-description';
import { dayAfterKey, monthWeeks } from './month-grid';
import type { PickerMode } from './picker-mode';


interface DayCell {
  readonly day: CalendarDate;
  readonly number: number;
  readonly label: string;
  readonly state: DayState;
  /** Open with a minimum stay above one night (arrival) / the stay's nights (departure). */
  readonly nights: number;
  /** In words: the rules or occupancy of the day (see describeDay). */
  readonly description: string;
  readonly selected: boolean;
  readonly isToday: boolean;
  readonly isArrival: boolean;
}

let nextId = 0;

/**
 * A modal date picker following the WAI-ARIA APG "date picker dialog": a grid of the
 * month's days with one tab stop (roving tabindex), arrow keys by day and week, Home/End,
 * Page Up/Down by month (Shift: year), Enter/Space to choose, Escape to close. Days the
 * guest cannot choose stay focusable (aria-disabled) so a screen reader hears why.
 * The parent renders it only while open and moves focus back when `closed` fires.
 */
@Component({
  selector: 'be-date-picker-dialog',
  templateUrl: './date-picker-dialog.html',
  styleUrl: './date-picker-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'onCancel($event)' },
})
export class DatePickerDialog {
  readonly heading = input.required<string>();
  readonly mode = input.required<PickerMode>();
  readonly selected = input<CalendarDate | null>(null);
  /** The day that has the focus when the dialog opens. */
  readonly openAt = input.required<CalendarDate>();
  readonly first = input.required<CalendarDate>();
  readonly last = input.required<CalendarDate>();
  readonly today = input.required<CalendarDate>();
  /** In departure mode: the chosen arrival, marked in the grid. */
  readonly arrival = input<CalendarDate | null>(null);
  readonly dayState = input.required<(day: CalendarDate) => DayState>();
  /** Free units per night could not be loaded: full days are not greyed out. */
  readonly occupancyUnknown = input(false);

  readonly picked = output<CalendarDate>();
  readonly closed = output<void>();
  /** The first day of each month shown, so the parent can load what it needs. */
  readonly monthShown = output<CalendarDate>();

  private readonly injector = inject(Injector);
  private readonly locale = injectGuestLocale();
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly grid = viewChild.required<ElementRef<HTMLTableElement>>('grid');
  private closing = false;

  protected readonly ids = { heading: `be-picker-heading-${nextId}`, month: `be-picker-month-${nextId++}` };
  protected readonly weekdays = weekdayNames(this.locale);
  /** The day with the grid's only tab stop. */
  protected readonly active = linkedSignal(() => this.clamp(this.openAt()));
  protected readonly month = computed(() => startOfMonth(this.active()));
  protected readonly monthName = computed(() => monthLabel(this.month(), this.locale));
  protected readonly canGoBack = computed(() => this.month() > this.first());
  protected readonly canGoForward = computed(() => startOfMonth(this.last()) > this.month());

  protected readonly weeks = computed(() => {
    const state = this.dayState();
    return monthWeeks(this.month()).map((week) => week.map((day) => (day ? this.cell(day, state(day)) : null)));
  });

  protected readonly activeCell = computed(() => this.cell(this.active(), this.dayState()(this.active())));

  constructor() {
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      // showModal makes the page behind inert; browsers without it (and jsdom) get a plain open dialog.
      if (typeof dialog.showModal === 'function') {
        dialog.showModal();
      } else {
        dialog.setAttribute('open', '');
      }
      this.focusActiveDay();
      this.monthShown.emit(this.month());
    });
  }

  protected onDayKeydown(event: KeyboardEvent): void {
    const target = dayAfterKey(this.active(), event, { first: this.first(), last: this.last() });
    if (target === null) {
      return;
    }
    event.preventDefault();
    this.moveTo(target, true);
  }

  protected showMonth(offset: number): void {
    // APG: the month buttons keep the focus; the active day follows to the new month.
    this.moveTo(addMonths(this.active(), offset), false);
  }

  protected choose(cell: DayCell): void {
    this.active.set(cell.day);
    if (cell.state.kind === 'open') {
      this.picked.emit(cell.day);
      this.close();
    }
  }

  protected close(): void {
    if (this.closing) {
      return;
    }
    this.closing = true;
    const dialog = this.dialog().nativeElement;
    if (typeof dialog.close === 'function') {
      dialog.close();
    }
    this.closed.emit();
  }

  /**
   * Escape, as the dialog's `cancel` (modal) or as a key (where there is no showModal):
   * closed here rather than by the browser, so the parent hears of it and moves focus.
   */
  protected onCancel(event: Event): void {
    event.preventDefault();
    this.close();
  }

  private moveTo(day: CalendarDate, focus: boolean): void {
    const previousMonth = this.month();
    this.active.set(this.clamp(day));
    if (this.month() !== previousMonth) {
      this.monthShown.emit(this.month());
    }
    if (!focus) {
      return;
    }
    // At once when the day is on screen: a key pressed right after (Enter) must reach it.
    // A day of another month exists only after the next render.
    const button = this.dayButton(this.active());
    if (button) {
      button.focus();
    } else {
      afterNextRender(() => this.focusActiveDay(), { injector: this.injector });
    }
  }

  private focusActiveDay(): void {
    this.dayButton(this.active())?.focus();
  }

  private dayButton(day: CalendarDate): HTMLButtonElement | null {
    return this.grid().nativeElement.querySelector<HTMLButtonElement>(`button[data-day="${day}"]`);
  }

  private clamp(day: CalendarDate): CalendarDate {
    return minDate(maxDate(day, this.first()), this.last());
  }

  private cell(day: CalendarDate, state: DayState): DayCell {
    return {
      day,
      number: Number(day.slice(8, 10)),
      label: formatCalendarDate(day, this.locale, 'long'),
      state,
      nights: state.kind === 'open' ? state.nights : 0,
      description: describeDay(state, this.mode(), day === this.arrival()),
      selected: day === this.selected(),
      isToday: day === this.today(),
      isArrival: day === this.arrival(),
    };
  }
}
