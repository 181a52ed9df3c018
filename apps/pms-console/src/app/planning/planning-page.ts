import { DatePipe } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, inject, Injector, LOCALE_ID, signal } from '@angular/core';
import type { ClosureBar, PlanningBoard, PlanningUnit, ReservationBar, UnitNightConflict } from '@pitchdesk/contracts';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { addDays, daysBetween, localToday } from '../core/calendar-dates';
import { LiveAvailability } from '@pitchdesk/shared/data-access-api';
import { LiveStaffEvents } from '../core/live-staff-events';
import { StaffApi } from '../core/staff-api';
import { StaffSession } from '../core/staff-session';
import { closureName, reservationName, reservationTitle, statusLabel } from './bar-labels';
import { boardDays, boardRows } from './board-layout';
import type { MoveTarget } from './move-dialog';
import { MoveDialog } from './move-dialog';

export const BOARD_DAYS = 60;
/** Live updates come in bursts (a booking is a hold, then a confirmation): one refetch per burst. */
export const LIVE_REFETCH_DELAY_MS = 1_000;

interface MoveState {
  readonly bar: ReservationBar;
  readonly target: MoveTarget;
  /** Where the focus goes back to when the dialog closes. */
  readonly returnFocus: HTMLElement | null;
}

/** Units by nights: who sleeps where. Bars move by keyboard (Enter) or drag, always confirmed. */
@Component({
  selector: 'pc-planning-page',
  imports: [DatePipe, MoveDialog],
  templateUrl: './planning-page.html',
  styleUrl: './planning-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanningPage {
  private readonly api = inject(StaffApi);
  private readonly live = inject(LiveAvailability);
  private readonly staffLive = inject(LiveStaffEvents);
  private readonly locale = inject(LOCALE_ID);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private loadSeq = 0;
  private refetchTimer: ReturnType<typeof setTimeout> | undefined;
  private watching = false;

  protected readonly from = signal(localToday());
  protected readonly board = signal<PlanningBoard | null>(null);
  protected readonly loadProblem = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly move = signal<MoveState | null>(null);
  protected readonly movePending = signal(false);
  protected readonly moveProblem = signal<string | null>(null);
  protected readonly moveConflicts = signal<readonly string[]>([]);
  protected readonly announcement = signal('');
  /** Live only while both streams are: guests' holds come on one, staff changes on the other. */
  protected readonly liveConnected = computed(() => this.live.connected() && this.staffLive.connected());

  private readonly session = inject(StaffSession);
  protected readonly mayMove = computed(() => this.session.staff()?.role !== 'read-only');

  protected readonly days = computed(() => {
    const board = this.board();
    return board ? boardDays(board) : [];
  });
  protected readonly rows = computed(() => {
    const board = this.board();
    return board ? boardRows(board) : [];
  });
  protected readonly units = computed(() => this.board()?.units ?? []);
  protected readonly lastDay = computed(() => addDays(this.from(), BOARD_DAYS - 1));

  private dragged: { readonly bar: ReservationBar; readonly origin: HTMLElement | null } | null = null;

  constructor() {
    void this.load();
    this.destroyRef.onDestroy(() => clearTimeout(this.refetchTimer));
  }

  protected shift(direction: -1 | 1): void {
    this.from.update((from) => addDays(from, direction * BOARD_DAYS));
    void this.load();
  }

  protected today(): void {
    this.from.set(localToday());
    void this.load();
  }

  protected barName(bar: ReservationBar, unit: PlanningUnit): string {
    return reservationName(bar, unit.code, this.locale);
  }

  protected closureName(bar: ClosureBar, unit: PlanningUnit): string {
    return closureName(bar, unit.code, this.locale);
  }

  protected readonly title = reservationTitle;
  protected readonly statusLabel = statusLabel;

  protected openMove(bar: ReservationBar, event: Event): void {
    if (!this.mayMove()) {
      return;
    }
    this.startMove(bar, { unitId: bar.unitId, arrival: bar.arrival }, event.currentTarget as HTMLElement);
  }

  protected onDragStart(bar: ReservationBar, event: DragEvent): void {
    if (!this.mayMove()) {
      event.preventDefault();
      return;
    }
    this.dragged = { bar, origin: event.currentTarget as HTMLElement | null };
    event.dataTransfer?.setData('text/plain', bar.reservationId);
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
    }
  }

  protected onDragEnd(): void {
    this.dragged = null;
  }

  protected onDragOver(event: DragEvent): void {
    if (this.dragged) {
      // Accepting the drop: without preventDefault the browser refuses it.
      event.preventDefault();
    }
  }

  /** A bar dropped on a free night: its first night lands there; the staff member still confirms. */
  protected onDrop(unit: PlanningUnit, date: string, event: DragEvent): void {
    const dragged = this.dragged;
    if (!dragged) {
      return;
    }
    event.preventDefault();
    this.dragged = null;
    this.startMove(dragged.bar, { unitId: unit.id, arrival: date }, dragged.origin);
  }

  protected closeMove(): void {
    const state = this.move();
    this.move.set(null);
    // After the dialog has left the page: until then it is modal, the board is inert, and
    // focusing a bar would do nothing.
    afterNextRender(() => state?.returnFocus?.focus(), { injector: this.injector });
  }

  protected async confirmMove(target: MoveTarget): Promise<void> {
    const state = this.move();
    if (!state) {
      return;
    }
    const { bar } = state;
    const nights = daysBetween(bar.arrival, bar.departure);
    this.movePending.set(true);
    this.moveProblem.set(null);
    this.moveConflicts.set([]);
    try {
      const result = await this.api.move(bar.reservationId, {
        unitId: target.unitId,
        arrival: target.arrival,
        departure: addDays(target.arrival, nights),
        reprice: true,
      });
      this.move.set(null);
      const unit = result.after.unitCode;
      const reference = result.reference;
      const arrival = result.after.arrival;
      this.announcement.set($localize`:@@planning.moved:Moved ${reference}:reference: to unit ${unit}:unit:, arriving ${arrival}:arrival:.`);
      await this.load();
    } catch (error: unknown) {
      const problem = describeApiProblem(error);
      if (problem.kind === 'unreachable') {
        this.moveProblem.set($localize`:@@planning.unreachable:The server cannot be reached. Nothing was changed; try again.`);
      } else if (problem.code === 'UNIT_TAKEN') {
        this.moveProblem.set($localize`:@@planning.unit-taken:That unit is taken on these nights. Nothing was changed.`);
        this.moveConflicts.set(conflictLines(problem.details['conflicts']));
      } else {
        this.moveProblem.set(problem.message);
      }
    } finally {
      this.movePending.set(false);
    }
  }

  private startMove(bar: ReservationBar, target: MoveTarget, returnFocus: HTMLElement | null): void {
    this.moveProblem.set(null);
    this.moveConflicts.set([]);
    this.move.set({ bar, target, returnFocus });
  }

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this.loading.set(true);
    try {
      const board = await this.api.planning(this.from(), BOARD_DAYS);
      if (seq === this.loadSeq) {
        this.board.set(board);
        this.loadProblem.set(null);
        this.follow(board.propertyId);
      }
    } catch (error: unknown) {
      if (seq === this.loadSeq) {
        const problem = describeApiProblem(error);
        this.loadProblem.set(
          problem.kind === 'unreachable'
            ? $localize`:@@planning.load-unreachable:The server cannot be reached. The board may be out of date.`
            : problem.message,
        );
      }
    } finally {
      if (seq === this.loadSeq) {
        this.loading.set(false);
      }
    }
  }

  /**
   * Live: a booking made anywhere (the booking engine too), a move or a check-in at another
   * desk shows up without a reload.
   */
  private follow(propertyId: string): void {
    if (this.watching) {
      return;
    }
    this.watching = true;
    const refetchSoon = (): void => {
      clearTimeout(this.refetchTimer);
      this.refetchTimer = setTimeout(() => void this.load(), LIVE_REFETCH_DELAY_MS);
    };
    this.live.watch(propertyId, { changed: refetchSoon, resync: refetchSoon }, this.destroyRef);
    this.staffLive.watch({ changed: refetchSoon, resync: refetchSoon }, this.destroyRef);
  }
}

function conflictLines(conflicts: unknown): readonly string[] {
  if (!Array.isArray(conflicts)) {
    return [];
  }
  return (conflicts as UnitNightConflict[]).map((conflict) => {
    const night = conflict.night;
    if (conflict.kind === 'closure') {
      return $localize`:@@planning.conflict-closure:${night}:night:: the unit is closed`;
    }
    const reference = conflict.reference ?? '';
    return $localize`:@@planning.conflict-reservation:${night}:night:: taken by ${reference}:reference:`;
  });
}
