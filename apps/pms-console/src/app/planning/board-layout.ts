import type { ClosureBar, PlanningBar, PlanningBoard, PlanningUnit, ReservationBar } from '@pitchdesk/contracts';
import { addDays, daysBetween } from '../core/calendar-dates';

/** One cell of a unit's row: a free night, or a bar spanning `span` nights from `date`. */
export type BoardCell =
  | { readonly kind: 'free'; readonly date: string }
  | { readonly kind: 'reservation'; readonly date: string; readonly span: number; readonly bar: ReservationBar }
  | { readonly kind: 'closure'; readonly date: string; readonly span: number; readonly bar: ClosureBar };

export interface BoardRow {
  readonly unit: PlanningUnit;
  readonly cells: readonly BoardCell[];
}

/** The board's nights [from, to), one column each. */
export function boardDays(board: Pick<PlanningBoard, 'from' | 'days'>): readonly string[] {
  return Array.from({ length: board.days }, (_, i) => addDays(board.from, i));
}

/**
 * Rows of cells for a table: each bar becomes one cell spanning its nights on the board.
 * Nights of a unit are never taken twice, but should the API say so, the later bar is
 * clipped rather than breaking the table's columns.
 */
export function boardRows(board: PlanningBoard): readonly BoardRow[] {
  const days = boardDays(board);
  return board.units.map((unit) => {
    // filter() made a new array: sorting it leaves the caller's bars alone.
    const bars = board.bars.filter((bar) => bar.unitId === unit.id).sort((a, b) => a.from.localeCompare(b.from));
    const cells: BoardCell[] = [];
    let cursor = 0;
    for (const bar of bars) {
      const start = Math.max(cursor, daysBetween(board.from, bar.from));
      const end = Math.min(days.length, daysBetween(board.from, bar.to));
      if (end <= start) {
        continue;
      }
      for (; cursor < start; cursor++) {
        cells.push({ kind: 'free', date: days[cursor] ?? '' });
      }
      cells.push(barCell(bar, days[start] ?? '', end - start));
      cursor = end;
    }
    for (; cursor < days.length; cursor++) {
      cells.push({ kind: 'free', date: days[cursor] ?? '' });
    }
    return { unit, cells };
  });
}

function barCell(bar: PlanningBar, date: string, span: number): BoardCell {
  return bar.kind === 'reservation' ? { kind: 'reservation', date, span, bar } : { kind: 'closure', date, span, bar };
}
