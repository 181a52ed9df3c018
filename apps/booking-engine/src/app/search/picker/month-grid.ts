import type { CalendarDate } from '@pitchdesk/domain';
import { addDays, addMonths, daysInMonth, isoWeekday, maxDate, minDate, startOfMonth } from '../dates/iso-date';

/** A week row of the month grid, Monday first; null for the days of the neighbouring months. */
export type Week = readonly (CalendarDate | null)[];

/** The weeks of the month `day` is in, Monday first (as in it, de, nl and British English). */
export function monthWeeks(day: CalendarDate): Week[] {
  const first = startOfMonth(day);
  const leading = isoWeekday(first) - 1;
  const cells: (CalendarDate | null)[] = Array.from({ length: leading }, () => null);
  for (let index = 0; index < daysInMonth(first); index++) {
    cells.push(addDays(first, index));
  }
  while (cells.length % 7 !== 0) {
    cells.push(null);
  }
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/**
 * The day a key moves the grid's focus to, per the WAI-ARIA APG date picker dialog:
 * arrows by a day or a week, Home/End to the start/end of the week, Page Up/Down by a
 * month, with Shift by a year. Kept within [first, last]. Null for any other key.
 */
export function dayAfterKey(
  active: CalendarDate,
  key: { readonly key: string; readonly shiftKey: boolean },
  bounds: { readonly first: CalendarDate; readonly last: CalendarDate },
): CalendarDate | null {
  const target = rawTarget(active, key);
  return target === null ? null : minDate(maxDate(target, bounds.first), bounds.last);
}

function rawTarget(active: CalendarDate, { key, shiftKey }: { readonly key: string; readonly shiftKey: boolean }): CalendarDate | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(active, -1);
    case 'ArrowRight':
      return addDays(active, 1);
    case 'ArrowUp':
      return addDays(active, -7);
    case 'ArrowDown':
      return addDays(active, 7);
    case 'Home':
      return addDays(active, 1 - isoWeekday(active));
    case 'End':
      return addDays(active, 7 - isoWeekday(active));
    case 'PageUp':
      return addMonths(active, shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(active, shiftKey ? 12 : 1);
    default:
      return null;
  }
}
