import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, output, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CheckoutFlow } from '../checkout-flow';
import { searchQueryParams } from '../shared/search-links';
import type { RenewalOutcome } from './hold-renewal';
import { HoldRenewal } from './hold-renewal';

type PanelState = 'offer' | Exclude<RenewalOutcome, 'renewed'>;

/** Shown once the hold has run out: hold the same unit again, any unit of its type, or choose again. */
@Component({
  selector: 'be-hold-expired',
  imports: [RouterLink],
  templateUrl: './hold-expired.html',
  styleUrls: ['../shared/checkout-ui.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HoldExpired {
  /** The checkout now runs on a new hold: the shell moves focus to the countdown. */
  readonly renewed = output();

  private readonly flow = inject(CheckoutFlow);
  private readonly injector = inject(Injector);
  private readonly renewal = inject(HoldRenewal);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly message = viewChild.required<ElementRef<HTMLElement>>('message');

  protected readonly state = signal<PanelState>('offer');
  protected readonly busy = signal(false);
  /** What to try again after an unreachable API: what was tried last. */
  protected readonly lastTried = signal<'same-unit' | 'same-type'>('same-unit');
  protected readonly unitCode = computed(() => this.flow.state()?.hold.unitCode ?? '');
  protected readonly mapLink = computed(() => ['/stay', this.flow.state()?.hold.unitTypeCode ?? '']);
  protected readonly searchParams = computed(() => {
    const search = this.flow.state()?.search;
    return search ? searchQueryParams(search) : {};
  });
  protected readonly offersSameUnit = computed(
    () => this.state() === 'offer' || (this.state() === 'unreachable' && this.lastTried() === 'same-unit'),
  );
  protected readonly offersSameType = computed(
    () => this.state() === 'unit-taken' || (this.state() === 'unreachable' && this.lastTried() === 'same-type'),
  );

  constructor() {
    // The guest pressed "Confirm" and the API said the hold is gone: take them here. When
    // the countdown ran out on its own, focus stays where the guest is (maybe typing).
    if (this.flow.expiredByServer()) {
      afterNextRender({ write: () => this.heading().nativeElement.focus() });
    }
  }

  protected async renew(which: 'same-unit' | 'same-type'): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.lastTried.set(which);
    const outcome = await this.renewal.renew(which);
    this.busy.set(false);
    if (outcome === 'renewed') {
      this.state.set('offer');
      this.renewed.emit();
      return;
    }
    this.state.set(outcome);
    // The button that had focus may be gone: the new explanation takes focus and is read.
    afterNextRender({ write: () => this.message().nativeElement.focus() }, { injector: this.injector });
  }
}
