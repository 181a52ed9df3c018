import type { PlanningBoard } from '@pitchdesk/contracts';

export const UNIT_A01 = '00000000-0000-4000-8000-0000000000a1';
export const UNIT_A02 = '00000000-0000-4000-8000-0000000000a2';
export const ANNA = '00000000-0000-4000-8000-0000000000b1';
export const HOLD = '00000000-0000-4000-8000-0000000000b2';

/** A week from 2027-07-01: Anna confirmed on A01 (3 nights), a hold and a closure on A02. */
export function planningFixture(): PlanningBoard {
  return {
    propertyId: '00000000-0000-4000-8000-0000000000f1',
    from: '2027-07-01',
    to: '2027-07-08',
    days: 7,
    units: [
      { id: UNIT_A01, code: 'A01', unitTypeId: '00000000-0000-4000-8000-0000000000c1', unitTypeCode: 'pitch-standard', mapOrder: 0 },
      { id: UNIT_A02, code: 'A02', unitTypeId: '00000000-0000-4000-8000-0000000000c1', unitTypeCode: 'pitch-standard', mapOrder: 1 },
    ],
    bars: [
      {
        kind: 'reservation',
        reservationId: ANNA,
        reference: 'PD-ANNA',
        status: 'confirmed',
        guestName: 'Anna Rossi',
        partySize: 2,
        unitId: UNIT_A01,
        arrival: '2027-07-02',
        departure: '2027-07-05',
        from: '2027-07-02',
        to: '2027-07-05',
      },
      {
        kind: 'reservation',
        reservationId: HOLD,
        reference: 'PD-HOLD',
        status: 'held',
        guestName: null,
        partySize: 1,
        unitId: UNIT_A02,
        arrival: '2027-06-29',
        departure: '2027-07-02',
        from: '2027-07-01',
        to: '2027-07-02',
      },
      {
        kind: 'closure',
        closureId: '00000000-0000-4000-8000-0000000000d1',
        reason: 'Roof repair',
        unitId: UNIT_A02,
        arrival: '2027-07-05',
        departure: '2027-07-10',
        from: '2027-07-05',
        to: '2027-07-08',
      },
    ],
  };
}
