import { describe, expect, it } from 'vitest';
import { planningBoardSchema } from '@pitchdesk/contracts';
import { parseDateRange } from '@pitchdesk/domain';
import { orderUnits, toBar, toPlanningBoard } from './board-view';
import type { BoardClaim, BoardUnit } from './planning.repository';

const board = parseDateRange({ arrival: '2027-07-01', departure: '2027-07-31' });
const ids = {
  a: '00000000-0000-4000-8000-00000000000a',
  b: '00000000-0000-4000-8000-00000000000b',
  c: '00000000-0000-4000-8000-00000000000c',
  d: '00000000-0000-4000-8000-00000000000d',
  pitch: '00000000-0000-4000-8000-0000000000f1',
  home: '00000000-0000-4000-8000-0000000000f2',
  r1: '00000000-0000-4000-8000-000000000101',
  k1: '00000000-0000-4000-8000-000000000201',
};
const unit = (id: string, code: string, typeOrder: number, mapX: number, mapY: number): BoardUnit => ({
  id,
  code,
  unitTypeId: typeOrder === 0 ? ids.pitch : ids.home,
  unitTypeCode: typeOrder === 0 ? 'pitch' : 'mobile-home',
  typeOrder,
  mapX,
  mapY,
});
const booking = (arrival: string, departure: string, overrides: Partial<Extract<BoardClaim, { kind: 'reservation' }>> = {}): BoardClaim => ({
  kind: 'reservation',
  id: ids.r1,
  unitId: ids.a,
  stay: { arrival, departure },
  reference: 'AB12CD34',
  status: 'confirmed',
  party: { adults: 2, childrenAges: [1, 7], pets: 1, vehicles: 1 },
  guestName: 'Giulia Rossi',
  ...overrides,
});

describe('orderUnits', () => {
  it('orders by unit type, then top to bottom and left to right on the map, then by code; never in place', () => {
    const units = [
      unit(ids.d, 'MH1', 1, 0, 0),
      unit(ids.c, 'A10', 0, 10, 20),
      unit(ids.b, 'A2', 0, 50, 10),
      unit(ids.a, 'A1', 0, 10, 10),
    ];
    const before = units.map((row) => row.code);
    expect(orderUnits(units).map((row) => [row.code, row.mapOrder])).toEqual([
      ['A1', 0],
      ['A2', 1],
      ['A10', 2],
      ['MH1', 3],
    ]);
    expect(units.map((row) => row.code)).toEqual(before);
  });

  it('breaks ties on the same plot position by natural code order (A2 before A10)', () => {
    expect(orderUnits([unit(ids.a, 'A10', 0, 0, 0), unit(ids.b, 'A2', 0, 0, 0)]).map((row) => row.code)).toEqual(['A2', 'A10']);
  });
});

describe('toBar', () => {
  it('keeps the whole stay and clips what the board shows to its days', () => {
    expect(toBar(booking('2027-06-28', '2027-07-03'), board)).toMatchObject({ arrival: '2027-06-28', departure: '2027-07-03', from: '2027-07-01', to: '2027-07-03' });
    expect(toBar(booking('2027-07-29', '2027-08-05'), board)).toMatchObject({ from: '2027-07-29', to: '2027-07-31' });
    expect(toBar(booking('2027-06-01', '2027-09-01'), board)).toMatchObject({ from: '2027-07-01', to: '2027-07-31' });
  });

  it('counts every guest in the party size, infants included, and names the guest', () => {
    expect(toBar(booking('2027-07-05', '2027-07-08'), board)).toEqual({
      kind: 'reservation',
      reservationId: ids.r1,
      reference: 'AB12CD34',
      status: 'confirmed',
      guestName: 'Giulia Rossi',
      partySize: 4,
      unitId: ids.a,
      arrival: '2027-07-05',
      departure: '2027-07-08',
      from: '2027-07-05',
      to: '2027-07-08',
    });
  });

  it('draws a closure with its reason', () => {
    const closure: BoardClaim = { kind: 'closure', id: ids.k1, unitId: ids.b, stay: { arrival: '2027-07-10', departure: '2027-07-12' }, reason: 'Water leak' };
    expect(toBar(closure, board)).toEqual({
      kind: 'closure',
      closureId: ids.k1,
      reason: 'Water leak',
      unitId: ids.b,
      arrival: '2027-07-10',
      departure: '2027-07-12',
      from: '2027-07-10',
      to: '2027-07-12',
    });
  });

  it('draws nothing for a stay that ends when the board starts (half-open ranges)', () => {
    expect(toBar(booking('2027-06-25', '2027-07-01'), board)).toBeNull();
  });
});

describe('toPlanningBoard', () => {
  it('answers the contract, bars in row order then by first night', () => {
    const units = [unit(ids.b, 'P2', 0, 20, 0), unit(ids.a, 'P1', 0, 10, 0)];
    const claims: BoardClaim[] = [
      booking('2027-07-20', '2027-07-22', { id: ids.c, unitId: ids.a }),
      { kind: 'closure', id: ids.k1, unitId: ids.b, stay: { arrival: '2027-07-02', departure: '2027-07-04' }, reason: 'Painting' },
      booking('2027-07-03', '2027-07-05', { unitId: ids.a, status: 'held', guestName: null }),
    ];
    const answer = planningBoardSchema.parse(toPlanningBoard(ids.pitch, board, units, claims));
    expect(answer).toMatchObject({ from: '2027-07-01', to: '2027-07-31', days: 30 });
    expect(answer.units.map((row) => row.code)).toEqual(['P1', 'P2']);
    expect(answer.bars.map((bar) => [bar.unitId, bar.from])).toEqual([
      [ids.a, '2027-07-03'],
      [ids.a, '2027-07-20'],
      [ids.b, '2027-07-02'],
    ]);
  });
});
