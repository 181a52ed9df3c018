import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, LOCALE_ID, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DayListEntry, FrontDeskDay } from '@pitchdesk/contracts';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { addDays } from '../core/calendar-dates';
import { LiveStaffEvents } from '../core/live-staff-events';
import { StaffSession } from '../core/staff-session';
import { FrontDeskApi } from './front-desk-api';
import { formatMoney, stayStatusLabel } from './desk-labels';

/** Staff changes come in bursts (a check-in is a save, then the check-in): one refetch per burst. */
export const LIVE_REFETCH_DELAY_MS = 500;

type ListKey = 'arrivals' | 'departures' | 'inHouse';

/** What a row offers: the next step for that stay. */
export interface RowAction {
  readonly label: string;
  readonly link: string;
}

/** The next step for a stay on a list: check in an expected guest, check out a staying one, else the folio. */
export function rowAction(entry: DayListEntry, mayAct: boolean): RowAction {
  const base = `/reservations/${entry.reservationId}`;
  if (mayAct && entry.status === 'confirmed') {
    return { label: $localize`:@@front-desk.action-check-in:Check in`, link: `${base}/check-in` };
  }
  if (mayAct && entry.status === 'checked-in') {
    return { label: $localize`:@@front-desk.action-check-out:Check out`, link: `${base}/check-out` };
  }
  return { label: $localize`:@@front-desk.action-folio:Folio`, link: `${base}/check-out` };
}

/** The desk's day: who arrives, who leaves, who sleeps here; each with the next step one click away. */
@Component({
  selector: 'pc-front-desk-page',
  imports: [RouterLink],
  templateUrl: './front-desk-page.html',
  styleUrl: './front-desk.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrontDeskPage {
  private readonly api = inject(FrontDeskApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly session = inject(StaffSession);
  private readonly staffLive = inject(LiveStaffEvents);
  private loadSeq = 0;
  private refetchTimer: ReturnType<typeof setTimeout> | undefined;

  protected readonly day = signal<FrontDeskDay | null>(null);
  /** Null until the first answer: the API then says which day is the property's today. */
  protected readonly date = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly live = this.staffLive.connected;
  private readonly mayAct = computed(() => this.session.staff()?.role !== 'read-only');

  protected readonly lists = computed(() => {
    const day = this.day();
    if (!day) {
      return [];
    }
    const list = (key: ListKey, title: string, empty: string) => ({ key, title, empty, entries: day[key] });
    return [
      list('arrivals', $localize`:@@front-desk.arrivals:Arrivals`, $localize`:@@front-desk.no-arrivals:Nobody arrives on this day.`),
      list('departures', $localize`:@@front-desk.departures:Departures`, $localize`:@@front-desk.no-departures:Nobody leaves on this day.`),
      list('inHouse', $localize`:@@front-desk.in-house:In house`, $localize`:@@front-desk.no-in-house:Nobody is checked in for this night.`),
    ];
  });

  protected readonly isToday = computed(() => {
    const day = this.day();
    return day !== null && day.date === day.today;
  });

  constructor() {
    void this.load();
    this.staffLive.watch({ changed: () => this.refetchSoon(), resync: () => this.refetchSoon() });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.refetchTimer));
  }

  protected pick(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value) {
      this.date.set(value);
      void this.load();
    }
  }

  protected shift(days: number): void {
    const date = this.date();
    if (date) {
      this.date.set(addDays(date, days));
      void this.load();
    }
  }

  protected today(): void {
    this.date.set(null);
    void this.load();
  }

  protected action(entry: DayListEntry): RowAction {
    return rowAction(entry, this.mayAct());
  }

  protected money(entry: DayListEntry): string {
    return formatMoney(entry.balanceMinor, entry.currency, this.locale);
  }

  protected readonly statusLabel = stayStatusLabel;

  protected party(entry: DayListEntry): string {
    const { adults, children, pets } = entry.party;
    return $localize`:@@front-desk.party:${adults}:adults: adults, ${children}:children: children, ${pets}:pets: pets`;
  }

  protected registration(entry: DayListEntry): string {
    const { registered, expected } = entry.registration;
    return entry.registration.complete
      ? $localize`:@@front-desk.registration-complete:Complete`
      : $localize`:@@front-desk.registration-progress:${registered}:registered: of ${expected}:expected: guests`;
  }

  private refetchSoon(): void {
    clearTimeout(this.refetchTimer);
    this.refetchTimer = setTimeout(() => void this.load(), LIVE_REFETCH_DELAY_MS);
  }

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this.loading.set(true);
    try {
      const day = await this.api.day(this.date() ?? undefined);
      if (seq === this.loadSeq) {
        this.day.set(day);
        this.date.set(day.date);
        this.problem.set(null);
      }
    } catch (error) {
      if (seq === this.loadSeq) {
        const problem = describeApiProblem(error);
        this.problem.set(
          problem.kind === 'unreachable' ? $localize`:@@front-desk.unreachable:The server cannot be reached; the lists may be out of date. Try again.` : problem.message,
        );
      }
    } finally {
      if (seq === this.loadSeq) {
        this.loading.set(false);
      }
    }
  }
}
