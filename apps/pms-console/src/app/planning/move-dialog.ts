import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, input, linkedSignal, output, viewChild } from '@angular/core';
import type { PlanningUnit, ReservationBar } from '@pitchdesk/contracts';
import { addDays, daysBetween } from '../core/calendar-dates';

export interface MoveTarget {
  readonly unitId: string;
  readonly arrival: string;
}

/**
 * Confirms a move, from the keyboard (Enter on a bar) or after a drop: choose the unit and
 * the arrival; the stay keeps its length. A native modal <dialog> (showModal): the browser
 * makes the board behind it inert, so Tab cannot leave it; focus starts on the unit and
 * Escape cancels.
 */
@Component({
  selector: 'pc-move-dialog',
  templateUrl: './move-dialog.html',
  styleUrl: './move-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveDialog {
  readonly bar = input.required<ReservationBar>();
  readonly units = input.required<readonly PlanningUnit[]>();
  readonly target = input.required<MoveTarget>();
  readonly pending = input(false);
  /** Why the last attempt was refused, and which nights were in the way. */
  readonly problem = input<string | null>(null);
  readonly conflicts = input<readonly string[]>([]);

  readonly confirmed = output<MoveTarget>();
  readonly cancelled = output();

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly unitSelect = viewChild.required<ElementRef<HTMLSelectElement>>('unitSelect');

  protected readonly unitId = linkedSignal(() => this.target().unitId);
  protected readonly arrival = linkedSignal(() => this.target().arrival);
  protected readonly departure = computed(() =>
    this.arrival() === '' ? '' : addDays(this.arrival(), daysBetween(this.bar().arrival, this.bar().departure)),
  );

  constructor() {
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      // jsdom (unit specs) has no showModal; the attribute keeps the dialog shown there.
      if (typeof dialog.showModal === 'function') {
        dialog.showModal();
      } else {
        dialog.setAttribute('open', '');
      }
      this.unitSelect().nativeElement.focus();
    });
  }

  /** Escape: the page decides (it removes the dialog), the browser must not close it alone. */
  protected onCancel(event: Event): void {
    event.preventDefault();
    this.cancelled.emit();
  }

  protected onUnit(event: Event): void {
    this.unitId.set((event.target as HTMLSelectElement).value);
  }

  protected onArrival(event: Event): void {
    this.arrival.set((event.target as HTMLInputElement).value);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (!this.pending() && this.arrival() !== '') {
      this.confirmed.emit({ unitId: this.unitId(), arrival: this.arrival() });
    }
  }
}
