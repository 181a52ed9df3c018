import { inject, Service, signal } from '@angular/core';
import type { CalendarDate } from '@pitchdesk/domain';
import { BookingApi } from '../../core/booking-api';
import { addDays, addMonthsToStart, startOfMonth } from '../dates/iso-date';

/** Months fetched per request: the one shown and the next, so paging forward is instant. */
const MONTHS_PER_REQUEST = 2;

/**
 * Free units per unit type and night, for greying out full days in the date picker,
 * fetched by month as the guest pages through it. A failed request (the endpoint is new,
 * or the API is briefly unreachable) only means the picker shows no full days: the
 * results still say what is free. Provided by the search page.
 */
@Service({ autoProvided: false })
export class NightOccupancyStore {
  private readonly api = inject(BookingApi);
  /** unit type code -> night -> free units. */
  private readonly byType = new Map<string, Map<string, number>>();
  /** Months asked for (loaded, loading or failed), by their first day. */
  private readonly requested = new Set<string>();

  /** Bumps whenever what `free` answers may have changed: the picker recomputes its days. */
  readonly version = signal(0);
  /** True once a request failed: the picker says that full days are not shown. */
  readonly unavailable = signal(false);

  free(unitTypeCode: string, night: CalendarDate): number | undefined {
    return this.byType.get(unitTypeCode)?.get(night);
  }

  /** Makes sure the month of `day` and the next one are loaded or loading. */
  ensureMonth(day: CalendarDate): void {
    const first = startOfMonth(day);
    const months = Array.from({ length: MONTHS_PER_REQUEST }, (_, index) => addMonthsToStart(first, index));
    const missing = months.filter((month) => !this.requested.has(month));
    if (missing.length === 0) {
      return;
    }
    const from = missing[0] as CalendarDate;
    const to = addMonthsToStart(missing[missing.length - 1] as CalendarDate, 1);
    missing.forEach((month) => this.requested.add(month));
    void this.load(from, to, missing);
  }

  /**
   * Availability changed somewhere: the next `ensureMonth` fetches again. What is known
   * stays until then: slightly old counts grey out better than none.
   */
  invalidate(): void {
    this.requested.clear();
  }

  private async load(from: CalendarDate, to: CalendarDate, months: readonly string[]): Promise<void> {
    try {
      const occupancy = await this.api.nights(from, to);
      for (const type of occupancy.unitTypes) {
        const nights = this.byType.get(type.unitTypeCode) ?? new Map<string, number>();
        type.free.forEach((free, index) => nights.set(addDays(occupancy.from as CalendarDate, index), free));
        this.byType.set(type.unitTypeCode, nights);
      }
      this.unavailable.set(false);
      this.version.update((version) => version + 1);
    } catch {
      // Asked again the next time the guest shows these months.
      months.forEach((month) => this.requested.delete(month));
      this.unavailable.set(true);
    }
  }
}
