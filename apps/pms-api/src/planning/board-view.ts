import type { PlanningBar, PlanningBoard, PlanningUnit } from '@pitchdesk/contracts';
import { daysBetween, intersect, parseDateRange } from '@pitchdesk/domain';
import type { DateRange } from '@pitchdesk/domain';
import type { BoardClaim, BoardUnit } from './planning.repository';

const byCode = new Intl.Collator('en', { numeric: true });

/**
 * Rows in board order: by unit type (catalogue order), then as the units lie on the site
 * map, top to bottom and left to right, so neighbouring rows are neighbouring plots; the
 * code (A2 before A10) breaks ties. Sorts a copy.
 */
export function orderUnits(units: readonly BoardUnit[]): PlanningUnit[] {
  return [...units]
    .sort(
      (a, b) =>
        a.typeOrder - b.typeOrder ||
        byCode.compare(a.unitTypeCode, b.unitTypeCode) ||
        a.mapY - b.mapY ||
        a.mapX - b.mapX ||
        byCode.compare(a.code, b.code),
    )
    .map((unit, mapOrder) => ({ id: unit.id, code: unit.code, unitTypeId: unit.unitTypeId, unitTypeCode: unit.unitTypeCode, mapOrder }));
}

/** A claim as a bar: its whole stay, and the part of it the board shows. Null when none of it is on the board. */
export function toBar(claim: BoardClaim, board: DateRange): PlanningBar | null {
  const shown = intersect(parseDateRange(claim.stay), board);
  if (!shown) {
    return null;
  }
  const placement = { unitId: claim.unitId, arrival: claim.stay.arrival, departure: claim.stay.departure, from: shown.arrival, to: shown.departure };
  if (claim.kind === 'closure') {
    return { kind: 'closure', closureId: claim.id, reason: claim.reason, ...placement };
  }
  return {
    kind: 'reservation',
    reservationId: claim.id,
    reference: claim.reference,
    status: claim.status,
    guestName: claim.guestName,
    partySize: claim.party.adults + claim.party.childrenAges.length,
    ...placement,
  };
}

/** The board: rows in order, bars ordered by row then by first night shown. */
export function toPlanningBoard(propertyId: string, board: DateRange, units: readonly BoardUnit[], claims: readonly BoardClaim[]): PlanningBoard {
  const rows = orderUnits(units);
  const rowOf = new Map(rows.map((row) => [row.id, row.mapOrder]));
  const bars = claims
    .map((claim) => toBar(claim, board))
    .filter((bar): bar is PlanningBar => bar !== null)
    .sort((a, b) => (rowOf.get(a.unitId) ?? rows.length) - (rowOf.get(b.unitId) ?? rows.length) || a.from.localeCompare(b.from));
  return { propertyId, from: board.arrival, to: board.departure, days: daysBetween(board.arrival, board.departure), units: rows, bars };
}
