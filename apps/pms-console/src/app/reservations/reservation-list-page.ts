import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, LOCALE_ID, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ReservationListItem, ReservationListQuery, ReservationStatusName } from '@pitchdesk/contracts';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { LiveStaffEvents } from '../core/live-staff-events';
import { channelLabel, formatMinor, statusLabel } from './desk-format';
import { ReservationsApi } from './reservations-api';

export const PAGE_SIZE = 25;

interface Filters {
  readonly q: string;
  readonly status: ReservationStatusName | '';
  readonly arrivalFrom: string;
  readonly arrivalTo: string;
}

const STATUSES: readonly ReservationStatusName[] = ['held', 'confirmed', 'checked-in', 'checked-out', 'cancelled'];

/** Find a reservation: search box and filters (a form: Enter searches), a table, more rows on demand. */
@Component({
  selector: 'pc-reservation-list-page',
  imports: [DatePipe, RouterLink],
  templateUrl: './reservation-list-page.html',
  styleUrl: './reservation-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReservationListPage {
  private readonly api = inject(ReservationsApi);
  private readonly locale = inject(LOCALE_ID);
  private seq = 0;

  protected readonly statuses = STATUSES;
  protected readonly statusLabel = statusLabel;
  protected readonly channelLabel = channelLabel;
  protected readonly filters = signal<Filters>({ q: '', status: '', arrivalFrom: '', arrivalTo: '' });
  protected readonly items = signal<readonly ReservationListItem[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly fieldErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly announcement = signal('');

  constructor() {
    void this.load(false);
    // A booking made or changed anywhere (online, another desk) shows up without a reload.
    inject(LiveStaffEvents).watch({ changed: () => void this.load(false), resync: () => void this.load(false) });
  }

  protected money(item: ReservationListItem): string {
    return formatMinor(item.totalMinor, item.currency, this.locale);
  }

  protected set(field: keyof Filters, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.filters.update((filters) => ({ ...filters, [field]: value }));
  }

  protected search(event: Event): void {
    event.preventDefault();
    void this.load(false);
  }

  protected clear(): void {
    this.filters.set({ q: '', status: '', arrivalFrom: '', arrivalTo: '' });
    void this.load(false);
  }

  protected more(): void {
    void this.load(true);
  }

  private async load(append: boolean): Promise<void> {
    const seq = ++this.seq;
    const { q, status, arrivalFrom, arrivalTo } = this.filters();
    const cursor = append ? this.nextCursor() : null;
    const query: ReservationListQuery = {
      limit: PAGE_SIZE,
      ...(q.trim() && { q: q.trim() }),
      ...(status && { status }),
      ...(arrivalFrom && { arrivalFrom }),
      ...(arrivalTo && { arrivalTo }),
      ...(cursor && { cursor }),
    };
    this.loading.set(true);
    try {
      const page = await this.api.list(query);
      if (seq !== this.seq) {
        return;
      }
      this.items.update((items) => (append ? [...items, ...page.items] : page.items));
      this.nextCursor.set(page.nextCursor);
      this.problem.set(null);
      this.fieldErrors.set({});
      const count = this.items().length;
      this.announcement.set($localize`:@@reservations.list-count:${count}:count: reservations shown.`);
    } catch (error: unknown) {
      if (seq !== this.seq) {
        return;
      }
      const problem = describeApiProblem(error);
      if (problem.kind === 'unreachable') {
        this.problem.set($localize`:@@reservations.list-unreachable:The server cannot be reached. Try again.`);
      } else {
        this.problem.set(problem.message);
        this.fieldErrors.set(Object.fromEntries(Object.entries(problem.fields).map(([path, message]) => [path.replace(/^query\./, ''), message])));
      }
    } finally {
      if (seq === this.seq) {
        this.loading.set(false);
      }
    }
  }
}
