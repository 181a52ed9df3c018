import { boardDays, boardRows } from './board-layout';
import { planningFixture, UNIT_A01 } from './planning-fixture';

describe('board layout', () => {
  it('lists the board days across a month end', () => {
    expect(boardDays({ from: '2027-06-29', days: 4 })).toEqual(['2027-06-29', '2027-06-30', '2027-07-01', '2027-07-02']);
  });

  it('lists the days across the spring DST change without skipping or repeating one', () => {
    expect(boardDays({ from: '2027-03-27', days: 3 })).toEqual(['2027-03-27', '2027-03-28', '2027-03-29']);
  });

  it('turns bars into cells spanning their nights on the board, clipped to it', () => {
    const rows = boardRows(planningFixture());
    const shape = rows.map((row) => row.cells.map((cell) => (cell.kind === 'free' ? '.' : `${cell.kind}:${cell.span}`)));

    expect(shape).toEqual([
      ['.', 'reservation:3', '.', '.', '.'],
      ['reservation:1', '.', '.', '.', 'closure:3'],
    ]);
    // Every row covers the 7 days exactly: the table's columns stay aligned.
    expect(rows.map((row) => row.cells.reduce((sum, cell) => sum + (cell.kind === 'free' ? 1 : cell.span), 0))).toEqual([7, 7]);
  });

  it('clips a bar overlapping an earlier one rather than breaking the columns', () => {
    const board = planningFixture();
    const [anna] = board.bars;
    if (anna?.kind !== 'reservation') {
      throw new Error('fixture changed');
    }
    const overlapping = { ...anna, reservationId: 'other', from: '2027-07-03', to: '2027-07-06' };
    const rows = boardRows({ ...board, bars: [anna, overlapping] });
    const a01 = rows.find((row) => row.unit.id === UNIT_A01);

    expect(a01?.cells.map((cell) => (cell.kind === 'free' ? '.' : cell.span))).toEqual(['.', 3, 1, '.', '.']);
  });
});
