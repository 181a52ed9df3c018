import { DatePipe } from '@angular/common';
import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, LOCALE_ID, signal, untracked, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ReservationDetail } from '@pitchdesk/contracts';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { LiveStaffEvents } from '../core/live-staff-events';
import { StaffSession } from '../core/staff-session';
import { auditChanges } from './audit-changes';
import { BookingForm } from './booking-form';
import { editBody, formOf } from './booking-form-model';
import type { BookingFormValue, FieldErrors } from './booking-form-model';
import { CancelDialog } from './cancel-dialog';
import type { CancelChoice } from './cancel-dialog';
import { channelLabel, formatMinor, statusLabel } from './desk-format';
import { deskProblem } from './desk-problems';
import type { DeskProblem } from './desk-problems';
import { NotesPanel } from './notes-panel';
import type { DeskCatalogue } from './reservations-api';
import { ReservationsApi } from './reservations-api';

/** One reservation: what it is, edit it, cancel it, notes, and who changed what. */
@Component({
  selector: 'pc-reservation-detail-page',
  imports: [DatePipe, RouterLink, BookingForm, CancelDialog, NotesPanel],
  templateUrl: './reservation-detail-page.html',
  styleUrl: './reservation-pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReservationDetailPage {
  private readonly api = inject(ReservationsApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly session = inject(StaffSession);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly cancelButton = viewChild<ElementRef<HTMLButtonElement>>('cancelButton');

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly reservation = signal<ReservationDetail | null>(null);
  protected readonly loadProblem = signal<string | null>(null);
  protected readonly catalogue = signal<DeskCatalogue | null>(null);
  protected readonly editing = signal<BookingFormValue | null>(null);
  protected readonly editErrors = signal<FieldErrors>({});
  protected readonly problem = signal<DeskProblem | null>(null);
  protected readonly pending = signal(false);
  protected readonly cancelling = signal(false);
  protected readonly cancelProblem = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly mayChange = computed(() => this.session.staff()?.role !== 'read-only');
  protected readonly live = computed(() => ['confirmed', 'checked-in'].includes(this.reservation()?.status ?? ''));
  protected readonly statusLabel = statusLabel;
  protected readonly channelLabel = channelLabel;
  protected readonly auditChanges = auditChanges;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    // Changed at another desk (moved, checked in, paid...): show it, unless this desk is
    // editing; then the edit's If-Match refuses a stale save and says so.
    const refreshUnlessEditing = (): void => {
      if (this.editing() === null && !this.pending()) {
        void this.load(this.id());
      }
    };
    inject(LiveStaffEvents).watch({
      changed: (events) => {
        if (events.some((event) => event.subjectId === this.id())) {
          refreshUnlessEditing();
        }
      },
      resync: refreshUnlessEditing,
    });
  }

  protected money(amountMinor: number | null): string {
    const currency = this.reservation()?.currency ?? 'EUR';
    return amountMinor === null ? '—' : formatMinor(amountMinor, currency, this.locale);
  }

  protected async startEdit(): Promise<void> {
    const reservation = this.reservation();
    if (!reservation) {
      return;
    }
    if (!this.catalogue()) {
      try {
        this.catalogue.set(await this.api.catalogue());
      } catch {
        this.problem.set({ message: $localize`:@@reservations.catalogue-unreachable:The units cannot be loaded. Reload the page to try again.`, details: [], fields: {} });
        return;
      }
    }
    this.problem.set(null);
    this.editErrors.set({});
    this.editing.set(formOf(reservation));
  }

  protected stopEdit(): void {
    this.editing.set(null);
    this.problem.set(null);
    this.focusHeading();
  }

  protected async save(value: BookingFormValue): Promise<void> {
    const reservation = this.reservation();
    const initial = reservation ? formOf(reservation) : null;
    if (!reservation || !initial) {
      return;
    }
    const built = editBody(initial, value);
    this.problem.set(null);
    if ('errors' in built) {
      this.editErrors.set(built.errors);
      return;
    }
    if (built.body === null) {
      this.announcement.set($localize`:@@reservations.nothing-changed:Nothing was changed.`);
      this.stopEdit();
      return;
    }
    this.pending.set(true);
    try {
      const change = await this.api.edit(reservation.id, built.body, reservation.etag);
      this.reservation.set(change.reservation);
      this.editing.set(null);
      const before = this.money(change.previousTotalMinor);
      const after = this.money(change.reservation.totalMinor);
      this.announcement.set(
        change.repriced
          ? $localize`:@@reservations.saved-repriced:Saved. The total was ${before}:before: and is now ${after}:after:.`
          : $localize`:@@reservations.saved:Saved.`,
      );
      this.focusHeading();
    } catch (error: unknown) {
      const problem = deskProblem(describeApiProblem(error));
      this.editing.set(value);
      this.editErrors.set(problem.fields);
      this.problem.set(problem);
    } finally {
      this.pending.set(false);
    }
  }

  protected openCancel(): void {
    this.cancelProblem.set(null);
    this.cancelling.set(true);
  }

  protected closeCancel(): void {
    this.cancelling.set(false);
    setTimeout(() => this.cancelButton()?.nativeElement.focus());
  }

  protected async confirmCancel(choice: CancelChoice): Promise<void> {
    const reservation = this.reservation();
    if (!reservation) {
      return;
    }
    this.pending.set(true);
    try {
      const change = await this.api.cancel(reservation.id, choice.feeOverride ? { feeOverride: choice.feeOverride } : {});
      this.reservation.set(change.reservation);
      this.cancelling.set(false);
      const fee = this.money(change.reservation.cancellationFeeMinor);
      this.announcement.set($localize`:@@reservations.cancelled:Cancelled. Cancellation fee: ${fee}:fee:.`);
      this.focusHeading();
    } catch (error: unknown) {
      const problem = describeApiProblem(error);
      const fields = problem.kind === 'refused' ? Object.values(problem.fields) : [];
      this.cancelProblem.set(fields[0] ?? deskProblem(problem).message);
    } finally {
      this.pending.set(false);
    }
  }

  protected noteAdded(): void {
    void this.load(this.id());
  }

  private async load(id: string): Promise<void> {
    try {
      this.reservation.set(await this.api.detail(id));
      this.loadProblem.set(null);
    } catch (error: unknown) {
      const problem = describeApiProblem(error);
      this.loadProblem.set(
        problem.kind === 'unreachable' ? $localize`:@@reservations.detail-unreachable:The server cannot be reached. Reload to try again.` : problem.message,
      );
    }
  }

  private focusHeading(): void {
    setTimeout(() => this.heading()?.nativeElement.focus());
  }
}
