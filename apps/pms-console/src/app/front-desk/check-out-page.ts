import { ChangeDetectionStrategy, Component, computed, effect, inject, input, LOCALE_ID, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Folio, FolioGroup, FolioLine, PaymentMethod } from '@pitchdesk/contracts';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { StaffSession } from '../core/staff-session';
import { amountText, formatMoney, fractionDigits, groupLabel, methodLabel, parseAmount, stayStatusLabel } from './desk-labels';
import { FrontDeskApi } from './front-desk-api';
import type { DeskExtra } from './front-desk-api';

const METHODS: readonly PaymentMethod[] = ['cash', 'card', 'bank-transfer', 'online-deposit'];

/** A form's Idempotency-Key: kept while the same request is retried, renewed once it went through. */
class RequestKey {
  private key = crypto.randomUUID();
  get current(): string {
    return this.key;
  }
  renew(): void {
    this.key = crypto.randomUUID();
  }
}

/**
 * The folio at check-out: lines by group with totals, payments, extras and payments added
 * at the desk, the receipt, and check-out itself (an open balance needs a reason).
 */
@Component({
  selector: 'pc-check-out-page',
  imports: [RouterLink],
  templateUrl: './check-out-page.html',
  styleUrl: './front-desk.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckOutPage {
  private readonly api = inject(FrontDeskApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly session = inject(StaffSession);
  private readonly extraKey = new RequestKey();
  private readonly paymentKey = new RequestKey();
  readonly id = input.required<string>();

  protected readonly folio = signal<Folio | null>(null);
  protected readonly extras = signal<readonly DeskExtra[]>([]);
  /** Only what the rate card offers with this stay's unit type: the API would refuse the others. */
  protected readonly offeredExtras = computed(() => {
    const unitType = this.folio()?.unitTypeCode;
    return this.extras().filter((extra) => extra.unitTypeCodes.length === 0 || (unitType !== undefined && extra.unitTypeCodes.includes(unitType)));
  });
  protected readonly problem = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly extraCode = signal('');
  protected readonly extraQuantity = signal('1');
  protected readonly method = signal<PaymentMethod>('cash');
  protected readonly amount = signal('');
  protected readonly reference = signal('');
  protected readonly overrideReason = signal('');
  protected readonly fieldErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly methods = METHODS;
  protected readonly methodLabel = methodLabel;
  protected readonly statusLabel = stayStatusLabel;

  private readonly mayAct = computed(() => this.session.staff()?.role !== 'read-only');
  protected readonly mayCharge = computed(() => this.mayAct() && ['confirmed', 'checked-in'].includes(this.folio()?.status ?? ''));
  protected readonly mayPay = computed(() => this.mayAct() && ['confirmed', 'checked-in', 'checked-out'].includes(this.folio()?.status ?? ''));
  protected readonly mayCheckOut = computed(() => this.mayAct() && this.folio()?.status === 'checked-in');
  protected readonly balanceOpen = computed(() => (this.folio()?.balanceMinor ?? 0) !== 0);
  protected readonly receiptLinks = computed(() => [
    { lang: 'en' as const, label: $localize`:@@front-desk.receipt-en:Download receipt (PDF, English)`, href: this.api.receiptUrl(this.id(), 'en') },
    { lang: 'it' as const, label: $localize`:@@front-desk.receipt-it:Download receipt (PDF, Italian)`, href: this.api.receiptUrl(this.id(), 'it') },
  ]);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected money(amountMinor: number): string {
    const folio = this.folio();
    return folio ? formatMoney(amountMinor, folio.currency, this.locale) : '';
  }

  protected groupName(group: FolioGroup): string {
    return groupLabel(group);
  }

  protected lineName(line: FolioLine): string {
    const extra = this.extras().find((candidate) => candidate.code === line.code);
    const name = line.description ?? (line.group === 'extras' && extra ? (extra.name[this.locale.slice(0, 2)] ?? extra.name['en'] ?? line.code) : line.code);
    return line.source === 'desk' ? $localize`:@@front-desk.line-desk:${name}:name: (added at the desk)` : name;
  }

  protected extraName(extra: DeskExtra): string {
    return `${extra.name[this.locale.slice(0, 2)] ?? extra.name['en'] ?? extra.code} (${this.money(extra.priceMinor)})`;
  }

  protected setText(target: 'extraCode' | 'extraQuantity' | 'amount' | 'reference' | 'overrideReason', event: Event): void {
    this[target].set((event.target as HTMLInputElement).value);
    this.fieldErrors.set({});
  }

  protected setMethod(event: Event): void {
    this.method.set((event.target as HTMLSelectElement).value as PaymentMethod);
  }

  protected async addExtra(event: Event): Promise<void> {
    event.preventDefault();
    const quantity = Number(this.extraQuantity());
    if (!this.extraCode() || !Number.isInteger(quantity) || quantity < 1) {
      this.fieldErrors.set({
        ...(this.extraCode() ? {} : { extraCode: $localize`:@@front-desk.choose-extra:Choose an extra.` }),
        ...(Number.isInteger(quantity) && quantity >= 1 ? {} : { extraQuantity: $localize`:@@front-desk.quantity-invalid:Enter a whole number from 1.` }),
      });
      return;
    }
    await this.write(async () => {
      const result = await this.api.addExtra(this.id(), { code: this.extraCode(), quantity }, this.extraKey.current);
      this.extraKey.renew();
      this.extraQuantity.set('1');
      return { folio: result.folio, notice: $localize`:@@front-desk.extra-added:Extra added to the folio.` };
    });
  }

  protected async pay(event: Event): Promise<void> {
    event.preventDefault();
    const folio = this.folio();
    const amountMinor = folio ? parseAmount(this.amount(), fractionDigits(folio.currency)) : null;
    if (amountMinor === null || amountMinor === 0) {
      this.fieldErrors.set({ amount: $localize`:@@front-desk.amount-invalid:Enter an amount such as 12.50.` });
      return;
    }
    await this.write(async () => {
      const result = await this.api.pay(this.id(), { method: this.method(), amountMinor, reference: this.reference() || null }, this.paymentKey.current);
      this.paymentKey.renew();
      this.reference.set('');
      return { folio: result.folio, notice: $localize`:@@front-desk.payment-recorded:Payment recorded.` };
    });
  }

  protected async checkOut(event: Event): Promise<void> {
    event.preventDefault();
    const reason = this.overrideReason().trim();
    if (this.balanceOpen() && reason.length < 3) {
      this.fieldErrors.set({ overrideReason: $localize`:@@front-desk.override-needed:Say why the guest leaves without settling the balance.` });
      return;
    }
    await this.write(async () => {
      await this.api.checkOut(this.id(), this.balanceOpen() ? { override: { reason } } : {});
      return { folio: await this.api.folio(this.id()), notice: $localize`:@@front-desk.checked-out:Checked out.` };
    });
  }

  private async write(step: () => Promise<{ folio: Folio; notice: string }>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.notice.set(null);
    try {
      const { folio, notice } = await step();
      this.show(folio);
      this.notice.set(notice);
    } catch (error) {
      const problem = describeApiProblem(error);
      this.problem.set(
        problem.kind === 'unreachable'
          ? $localize`:@@front-desk.unreachable-retry:The server cannot be reached. Try again: a repeated request is recorded once.`
          : problem.message,
      );
    } finally {
      this.busy.set(false);
    }
  }

  private show(folio: Folio): void {
    this.folio.set(folio);
    this.amount.set(folio.balanceMinor > 0 ? amountText(folio.balanceMinor, fractionDigits(folio.currency)) : '');
  }

  private async load(id: string): Promise<void> {
    try {
      // Independent: asked together, not one after the other.
      const [folio, extras] = await Promise.all([this.api.folio(id), this.api.extras()]);
      this.show(folio);
      this.extras.set(extras);
    } catch (error) {
      const problem = describeApiProblem(error);
      this.problem.set(problem.kind === 'unreachable' ? $localize`:@@front-desk.unreachable:The server cannot be reached; the lists may be out of date. Try again.` : problem.message);
    }
  }
}
