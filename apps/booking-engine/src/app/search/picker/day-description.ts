import type { DayState } from '../stay-calendar/day-state';
import type { PickerMode } from './picker-mode';

/**
 * What a day of the picker means for the guest, in words: part of each day's accessible
 * name and, for the focused day, shown below the grid. Never colour alone. Plain strings
 * rather than template ICU plurals: a month has 31 of them and the picker must open fast
 * on a phone; it, en, de and nl all have just the plural forms "one" and "other".
 */
export function describeDay(state: DayState, mode: PickerMode, isArrival: boolean): string {
  if (isArrival) {
    return $localize`:@@search.picker.your-arrival:your arrival day`;
  }
  switch (state.kind) {
    case 'open':
      if (mode === 'departure') {
        return state.nights === 1
          ? $localize`:@@search.picker.stay-one-night:1 night`
          : $localize`:@@search.picker.stay-nights:${state.nights}:nights: nights`;
      }
      if (state.nights > 1) {
        return $localize`:@@search.picker.min-stay:minimum stay ${state.nights}:nights: nights`;
      }
      return $localize`:@@search.picker.available:available`;
    case 'closed':
      return mode === 'arrival' ? $localize`:@@search.picker.no-arrival:no arrivals on this day` : $localize`:@@search.picker.no-departure:not possible as departure day`;
    case 'full':
      return $localize`:@@search.picker.full:fully booked`;
    case 'outside':
      return $localize`:@@search.picker.unavailable:not available`;
  }
}
