import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, input, output, viewChild } from '@angular/core';
import type { Params } from '@angular/router';
import { RouterLink } from '@angular/router';
import type { Alternative, PageProblem } from '../page-problem';
import type { UnitChoice } from '../unit-view';

/**
 * Says what went wrong with the guest's choice and offers the way on: the nearest free
 * units and "any unit" when theirs was taken, a retry, or the way back to the search.
 * The guest's stay and party stay as they were.
 */
@Component({
  selector: 'be-problem-panel',
  imports: [RouterLink],
  templateUrl: './problem-panel.html',
  styleUrl: './problem-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProblemPanel {
  readonly problem = input.required<PageProblem>();
  readonly alternatives = input<readonly Alternative[]>([]);
  readonly anyFree = input(false);
  /** The search's query string, for the way back to the results. */
  readonly searchParams = input<Params>({});
  readonly choiceChange = output<UnitChoice>();
  readonly retry = output();

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  /** Moves focus to the message: after a refused hold, or when the focused unit disappeared. */
  focus(): void {
    this.heading()?.nativeElement.focus();
  }

  protected chooseUnit(alternative: Alternative): void {
    this.choiceChange.emit({ kind: 'unit', unitId: alternative.unitId });
  }

  protected chooseAny(): void {
    this.choiceChange.emit({ kind: 'any' });
  }

  protected rounded(metres: number): number {
    return Math.round(metres);
  }
}
