import type { ElementRef } from '@angular/core';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, output, viewChild } from '@angular/core';
import type { UnitChoice, UnitView } from '../unit-view';

let nextListId = 0;

/**
 * The map's equivalent as a radio group: "any place of this type" first, then every unit
 * of the type by code, unavailable ones disabled (their place in the list never moves, so
 * a live change cannot pull the list from under the guest's eyes or keyboard).
 */
@Component({
  selector: 'be-unit-list',
  templateUrl: './unit-list.html',
  styleUrl: './unit-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitList {
  readonly units = input.required<readonly UnitView[]>();
  readonly choice = input.required<UnitChoice>();
  readonly choiceChange = output<UnitChoice>();

  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');
  private readonly injector = inject(Injector);

  protected readonly name = `be-unit-choice-${nextListId++}`;
  protected readonly freeCount = computed(() => this.units().filter((unit) => unit.state === 'free').length);
  protected readonly selectedUnitId = computed(() => {
    const choice = this.choice();
    return choice.kind === 'unit' ? choice.unitId : null;
  });

  constructor() {
    // A unit chosen on the map scrolls into view here too (the list scrolls in its own box).
    effect(() => {
      const selected = this.selectedUnitId();
      if (selected) {
        afterNextRender({ write: () => this.reveal(selected) }, { injector: this.injector });
      }
    });
  }

  protected chooseAny(): void {
    this.choiceChange.emit({ kind: 'any' });
  }

  protected chooseUnit(unit: UnitView): void {
    this.choiceChange.emit({ kind: 'unit', unitId: unit.id });
  }

  private reveal(unitId: string): void {
    const box = this.box().nativeElement;
    if (box.contains(document.activeElement)) {
      // The guest is moving through the list: the browser keeps the focused row in view.
      return;
    }
    const row = box.querySelector<HTMLElement>(`[data-unit-id="${unitId}"]`);
    if (row && (row.offsetTop < box.scrollTop || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight)) {
      box.scrollTop = row.offsetTop - box.clientHeight / 2 + row.offsetHeight / 2;
    }
  }
}
