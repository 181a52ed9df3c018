import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID, output, signal, viewChild } from '@angular/core';
import type { ReservationDetail } from '@pitchdesk/contracts';
import { fractionDigits, parseAmount } from '../core/money';
import { formatMinor } from './desk-format';

export interface CancelChoice {
  /** Absent: the policy's fee. */
  readonly feeOverride?: { readonly feeMinor: number; readonly reason: string };
}

/** Confirms a cancellation: the policy's fee, or another fee with a reason. Modal; Escape keeps the booking. */
@Component({
  selector: 'pc-cancel-dialog',
  templateUrl: './cancel-dialog.html',
  styleUrl: './cancel-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'dismissed.emit()' },
})
export class CancelDialog {
  private readonly locale = inject(LOCALE_ID);
  private readonly first = viewChild.required<ElementRef<HTMLInputElement>>('first');

  readonly reservation = input.required<ReservationDetail>();
  readonly pending = input(false);
  readonly problem = input<string | null>(null);

  readonly confirmed = output<CancelChoice>();
  readonly dismissed = output();

  protected readonly override = signal(false);
  protected readonly amount = signal('');
  protected readonly reason = signal('');
  protected readonly amountError = signal<string | null>(null);
  protected readonly policyFee = computed(() => formatMinor(this.reservation().cancellationTerms?.feeNowMinor ?? 0, this.reservation().currency, this.locale));

  constructor() {
    afterNextRender(() => this.first().nativeElement.focus());
  }

  protected toggle(event: Event): void {
    this.override.set((event.target as HTMLInputElement).checked);
  }

  protected setAmount(event: Event): void {
    this.amount.set((event.target as HTMLInputElement).value);
  }

  protected setReason(event: Event): void {
    this.reason.set((event.target as HTMLInputElement).value);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.pending()) {
      return;
    }
    if (!this.override()) {
      this.confirmed.emit({});
      return;
    }
    const feeMinor = parseAmount(this.amount(), fractionDigits(this.reservation().currency));
    if (feeMinor === null || feeMinor < 0) {
      this.amountError.set($localize`:@@reservations.error-amount:Enter an amount such as 45 or 45.50`);
      return;
    }
    this.amountError.set(null);
    this.confirmed.emit({ feeOverride: { feeMinor, reason: this.reason() } });
  }
}
