import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, inject, Injector, linkedSignal, signal, untracked, viewChild } from '@angular/core';
import type { ElementRef } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { UnitType } from '@pitchdesk/domain';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import type { StaySearch } from '../core/booking-api';
import { BookingApi } from '../core/booking-api';
import { CheckoutSession } from '../core/checkout-session';
import { injectGuestLocale } from '../core/guest-locale';
import { holdFailureOf } from './hold-failure';
import type { StayViolation } from './hold-failure';
import type { Placed } from './map-geometry';
import { nearestTo } from './map-geometry';
import type { Alternative, PageProblem } from './page-problem';
import { ProblemPanel } from './problem-panel/problem-panel';
import { SiteMap } from './site-map/site-map';
import { StaySummary } from './stay-summary/stay-summary';
import { ANY_UNIT, parseStaySearch, searchParamsOf, UNIT_PARAM } from './stay-query';
import { UnitAvailability } from './unit-availability';
import { unitViolationMessage } from './unit-violations';
import { UnitList } from './unit-list/unit-list';
import type { UnitChoice } from './unit-view';
import { toUnitViews } from './unit-view';

const NO_CHOICE: UnitChoice = { kind: 'none' };

/**
 * Step 2 of a booking: where on the site. A map and an equivalent list of this type's units,
 * kept current by the hub; Continue holds the unit (or any unit of the type) and opens the
 * checkout. The search and the chosen unit live in the URL: a reload or a language switch
 * lands here with the same choice.
 */
@Component({
  selector: 'be-choose-unit-page',
  imports: [RouterLink, SiteMap, UnitList, ProblemPanel, StaySummary],
  providers: [UnitAvailability],
  templateUrl: './choose-unit-page.html',
  styleUrl: './choose-unit-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChooseUnitPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(BookingApi);
  private readonly session = inject(CheckoutSession);
  private readonly injector = inject(Injector);
  protected readonly availability = inject(UnitAvailability);
  private readonly locale = injectGuestLocale();

  private readonly queryParams = toSignal(this.route.queryParams, { requireSync: true });
  private readonly paramMap = toSignal(this.route.paramMap, { requireSync: true });
  private readonly queryParamMap = toSignal(this.route.queryParamMap, { requireSync: true });

  protected readonly unitTypeCode = computed(() => this.paramMap().get('unitTypeCode') ?? '');
  protected readonly search = computed(() => parseStaySearch(this.queryParamMap()), { equal: sameSearch });
  protected readonly searchParams = computed(() => searchParamsOf(this.queryParams()));
  private readonly urlUnitCode = computed(() => this.queryParamMap().get(UNIT_PARAM));

  protected readonly unitType = computed<UnitType | null>(
    () => this.availability.catalogue()?.unitTypes.find((type) => type.code === this.unitTypeCode()) ?? null,
  );
  protected readonly typeName = computed(() => this.unitType()?.name[this.locale] ?? null);
  private readonly typeUnits = computed(() => {
    const type = this.unitType();
    return type ? (this.availability.catalogue()?.units.filter((unit) => unit.unitTypeId === type.id) ?? []) : [];
  });
  protected readonly units = computed(() => toUnitViews(this.typeUnits(), this.availability.freeUnitIds(), this.locale));
  protected readonly otherUnits = computed<readonly Placed[]>(() => {
    const type = this.unitType();
    return this.availability.catalogue()?.units.filter((unit) => unit.unitTypeId !== type?.id) ?? [];
  });
  private readonly unitsById = computed(() => new Map(this.units().map((unit) => [unit.id, unit])));
  protected readonly freeCount = computed(() => this.units().filter((unit) => unit.state === 'free').length);
  /** Rules this stay breaks for the whole type (minimum nights, arrival days): no unit can be held. */
  protected readonly typeViolations = computed(() => this.availability.typeResult()?.violations ?? []);

  /** From the URL once the catalogue names the units; changed by the guest, or cleared when taken. */
  protected readonly choice = linkedSignal<UnitChoice>(() => {
    const code = this.urlUnitCode();
    if (!code || code === ANY_UNIT) {
      return { kind: 'any' };
    }
    const unit = this.typeUnits().find((candidate) => candidate.code === code);
    return unit ? { kind: 'unit', unitId: unit.id } : NO_CHOICE;
  });
  protected readonly selectedUnitId = computed(() => {
    const choice = this.choice();
    return choice.kind === 'unit' ? choice.unitId : null;
  });
  protected readonly selectedUnit = computed(() => this.unitsById().get(this.selectedUnitId() ?? '') ?? null);

  protected readonly problem = signal<PageProblem | null>(null);
  protected readonly holding = signal(false);
  protected readonly alternatives = computed<readonly Alternative[]>(() => {
    const problem = this.problem();
    const from = problem?.kind === 'unit-taken' ? this.unitsById().get(problem.unitId) : undefined;
    if (!from) {
      return [];
    }
    const free = this.units().filter((unit) => unit.state === 'free' && unit.id !== from.id);
    return nearestTo(from.map, free, 3).map(({ unit, distanceM }) => ({ unitId: unit.id, code: unit.code, distanceM }));
  });

  private readonly problemPanel = viewChild<ProblemPanel>('problemPanel');
  private readonly continueButton = viewChild<ElementRef<HTMLButtonElement>>('continueButton');
  /** Free units as last seen: tells "just taken" from "was never free for this stay". */
  private seenFree: ReadonlySet<string> = new Set();

  constructor() {
    effect(() => {
      const search = this.search();
      const code = this.unitTypeCode();
      if (search) {
        untracked(() => void this.availability.load(search, code, this.locale));
      }
    });
    effect(() => {
      const free = this.availability.freeUnitIds();
      const ready = this.availability.status().kind === 'ready';
      const choice = this.choice();
      untracked(() => this.dropTakenChoice(choice, free, ready));
    });
  }

  protected choose(choice: UnitChoice): void {
    this.choice.set(choice);
    if (this.problem()?.kind === 'unit-taken' || this.problem()?.kind === 'choose-first') {
      this.problem.set(null);
    }
    const code = choice.kind === 'unit' ? (this.unitsById().get(choice.unitId)?.code ?? null) : null;
    // Kept in the URL (replacing, not adding, a history entry): reload and language switch keep it.
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [UNIT_PARAM]: choice.kind === 'any' ? ANY_UNIT : code },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** An offered alternative was taken up: the next step is Continue. */
  protected chooseAlternative(choice: UnitChoice): void {
    this.choose(choice);
    afterNextRender({ write: () => this.continueButton()?.nativeElement.focus() }, { injector: this.injector });
  }

  protected async continue(): Promise<void> {
    const search = this.search();
    const choice = this.choice();
    if (!search || this.holding()) {
      return;
    }
    if (choice.kind === 'none') {
      this.showProblem({ kind: 'choose-first' });
      return;
    }
    this.holding.set(true);
    this.problem.set(null);
    try {
      const hold = await this.api.hold({
        ...(choice.kind === 'unit' ? { unitId: choice.unitId } : { unitTypeCode: this.unitTypeCode() }),
        stay: { arrival: search.arrival, departure: search.departure },
        party: { adults: search.adults, childrenAges: [...search.childrenAges], pets: search.pets, vehicles: search.vehicles },
      });
      this.session.start(hold, search);
      await this.router.navigate(['/checkout', hold.holdId]);
    } catch (error) {
      this.holdRefused(choice, error);
    } finally {
      this.holding.set(false);
    }
  }

  /** Why the page could not load, as the guest is told. */
  protected readonly loadProblem = computed<PageProblem | null>(() => {
    const status = this.availability.status();
    if (status.kind !== 'failed') {
      return null;
    }
    const { problem } = status;
    if (problem.kind === 'unreachable') {
      return { kind: 'unreachable' };
    }
    return problem.status === 400 || problem.status === 404 ? { kind: 'search-invalid' } : { kind: 'failed', message: problem.message };
  });

  protected retryLoad(): void {
    void this.availability.retry();
  }

  private holdRefused(choice: UnitChoice, error: unknown): void {
    const failure = holdFailureOf(describeApiProblem(error));
    switch (failure.kind) {
      case 'unit-taken': {
        const unit = choice.kind === 'unit' ? this.unitsById().get(choice.unitId) : undefined;
        if (!unit) {
          this.showProblem({ kind: 'no-unit-available' });
          return;
        }
        // Cleared before the unit turns unavailable, so this is reported as the hold's refusal.
        this.choice.set(NO_CHOICE);
        this.availability.markTaken(unit.id);
        this.showProblem({ kind: 'unit-taken', unitId: unit.id, code: unit.code, cause: 'hold' });
        return;
      }
      case 'stay-not-allowed':
        this.showProblem({ kind: 'stay-not-allowed', messages: failure.violations.map((violation) => this.explain(violation)) });
        return;
      case 'no-unit-available':
      case 'busy':
      case 'unreachable':
      case 'search-invalid':
      case 'failed':
        this.showProblem(failure);
        return;
    }
  }

  /** The API's hold refusal carries codes only: reuse the search's explanation, else say it here. */
  private explain(violation: StayViolation): string {
    return (
      violation.message ??
      this.typeViolations().find((known) => known.code === violation.code)?.message ??
      unitViolationMessage(violation)
    );
  }

  private dropTakenChoice(choice: UnitChoice, free: ReadonlySet<string>, ready: boolean): void {
    const seen = this.seenFree;
    this.seenFree = free;
    if (!ready || choice.kind !== 'unit' || free.has(choice.unitId)) {
      return;
    }
    const unit = this.unitsById().get(choice.unitId);
    this.choice.set(NO_CHOICE);
    if (!unit) {
      return;
    }
    const justTaken = seen.has(unit.id);
    this.problem.set({ kind: 'unit-taken', unitId: unit.id, code: unit.code, cause: justTaken ? 'live' : 'unavailable' });
    // A focused radio that turns disabled drops focus to the page (at the browser's next
    // focus fix-up): catch it on the message instead.
    afterNextRender({ write: () => justTaken && focusIsLost() && this.problemPanel()?.focus() }, { injector: this.injector });
  }

  /** Shows a refusal and moves focus to it, as a form's error summary does. */
  private showProblem(problem: PageProblem): void {
    this.problem.set(problem);
    afterNextRender({ write: () => this.problemPanel()?.focus() }, { injector: this.injector });
  }
}

function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || (active instanceof HTMLInputElement && active.disabled);
}

function sameSearch(a: StaySearch | null, b: StaySearch | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
