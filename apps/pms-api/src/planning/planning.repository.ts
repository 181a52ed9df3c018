import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DateRange, Party } from '@pitchdesk/domain';
import type { UnitNightConflict } from '@pitchdesk/contracts';
import { DatabaseSessions } from '../database/database-sessions';
import { json } from '../common/json-column';

/** A unit as the board lists it, with what orders the rows. */
export interface BoardUnit {
  readonly id: string;
  readonly code: string;
  readonly unitTypeId: string;
  readonly unitTypeCode: string;
  readonly typeOrder: number;
  readonly mapX: number;
  readonly mapY: number;
}

/** Something that takes nights on the board: a live hold or booking, or a closure. */
export type BoardClaim =
  | {
      readonly kind: 'reservation';
      readonly id: string;
      readonly unitId: string;
      readonly stay: { readonly arrival: string; readonly departure: string };
      readonly reference: string;
      readonly status: 'held' | 'confirmed' | 'checked-in' | 'checked-out';
      readonly party: Party;
      readonly guestName: string | null;
    }
  | {
      readonly kind: 'closure';
      readonly id: string;
      readonly unitId: string;
      readonly stay: { readonly arrival: string; readonly departure: string };
      readonly reason: string;
    };

/** A closure as stored: the unit is out of order for the nights [startsOn, endsOn). */
export interface ClosureRow {
  readonly id: string;
  readonly propertyId: string;
  readonly unitId: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly reason: string;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly reopenedBy: string | null;
  readonly reopenedAt: Date | null;
}

interface ClaimRow {
  claim_kind: 'reservation' | 'closure';
  claimant: string;
  unit_id: string;
  reference: string | null;
  status: 'held' | 'confirmed' | 'checked-in' | 'checked-out' | null;
  arrival: string | null;
  departure: string | null;
  party: Party | string | null;
  guest: { firstName: string; lastName: string } | string | null;
  starts_on: string | null;
  ends_on: string | null;
  reason: string | null;
}

interface ClosureDbRow {
  id: string;
  property_id: string;
  unit_id: string;
  starts_on: string;
  ends_on: string;
  reason: string;
  created_by: string;
  created_at: Date;
  reopened_by: string | null;
  reopened_at: Date | null;
}


/** Live claims: a booking's or closure's rows, or a hold's that has not lapsed (by the database's clock). */
const LIVE = '(n.hold_expires_at IS NULL OR n.hold_expires_at > UTC_TIMESTAMP(6))';

function toClaim(row: ClaimRow): BoardClaim | null {
  if (row.claim_kind === 'closure') {
    return row.starts_on && row.ends_on && row.reason !== null
      ? { kind: 'closure', id: row.claimant, unitId: row.unit_id, stay: { arrival: row.starts_on, departure: row.ends_on }, reason: row.reason }
      : null;
  }
  if (row.reference === null || row.status === null || row.arrival === null || row.departure === null || row.party === null) {
    return null;
  }
  const guest = row.guest === null ? null : json(row.guest);
  return {
    kind: 'reservation',
    id: row.claimant,
    unitId: row.unit_id,
    stay: { arrival: row.arrival, departure: row.departure },
    reference: row.reference,
    status: row.status,
    party: json(row.party),
    guestName: guest ? `${guest.firstName} ${guest.lastName}` : null,
  };
}

function toClosure(row: ClosureDbRow): ClosureRow {
  return {
    id: row.id,
    propertyId: row.property_id,
    unitId: row.unit_id,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
    reopenedBy: row.reopened_by,
    reopenedAt: row.reopened_at,
  };
}

/**
 * The planning context's SQL: the board's two set-based reads, closures, the parts of a
 * move the reservations repository has no statement for, and audit events. Statements
 * are written out so that review sees exactly what runs.
 */
@Injectable()
export class PlanningRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  /**
   * Units and live claims of [range) in two statements on one primary connection. Claims
   * are found through unit_nights' (property_id, night) index, so only the board's
   * unit-nights (at most units x days) are read from the table, however many years of
   * bookings there are, then one primary-key lookup per claim. Demo campsite, 300 units x 60 peak days: about
   * 4,900 unit-nights and 780 claims, 12-35 ms for the claims statement on a busy 2-core
   * machine (ANALYZE; the first plan reads the index by property with night pushed down).
   */
  async board(propertyId: string, range: DateRange): Promise<{ units: BoardUnit[]; claims: BoardClaim[] }> {
    return this.sessions.read('primary', async (manager) => {
      const units: { id: string; code: string; unit_type_id: string; unit_type_code: string; sort_order: number; map: string | { x: number; y: number } }[] =
        await manager.query(
          `SELECT u.id, u.code, u.unit_type_id, t.code AS unit_type_code, t.sort_order, u.map
             FROM units u JOIN unit_types t ON t.id = u.unit_type_id
            WHERE u.property_id = ?`,
          [propertyId],
        );
      const claims: ClaimRow[] = await manager.query(
        `SELECT c.claim_kind, c.claimant, c.unit_id,
                r.reference, r.status, r.arrival, r.departure, r.party, r.guest,
                k.starts_on, k.ends_on, k.reason
           FROM (SELECT DISTINCT n.reservation_id AS claimant, n.claim_kind, n.unit_id
                   FROM unit_nights n
                  WHERE n.property_id = ? AND n.night >= ? AND n.night < ? AND ${LIVE}) c
           LEFT JOIN reservations r ON c.claim_kind = 'reservation' AND r.id = c.claimant
           LEFT JOIN unit_closures k ON c.claim_kind = 'closure' AND k.id = c.claimant`,
        [propertyId, range.arrival, range.departure],
      );
      return {
        units: units.map((row) => {
          const map = json(row.map);
          return {
            id: row.id,
            code: row.code,
            unitTypeId: row.unit_type_id,
            unitTypeCode: row.unit_type_code,
            typeOrder: Number(row.sort_order),
            mapX: map.x,
            mapY: map.y,
          };
        }),
        // A claim whose reservation or closure row is missing cannot be drawn; the
        // nights stay taken all the same.
        claims: claims.map(toClaim).filter((claim): claim is BoardClaim => claim !== null),
      };
    });
  }

  /**
   * What holds nights of [stay) on the unit now, other than `claimant` itself: read on
   * the primary after the refused transaction rolled back, so it sees the latest commit
   * rather than that transaction's older snapshot.
   */
  async conflicts(unitId: string, stay: DateRange, claimant: string): Promise<UnitNightConflict[]> {
    return this.sessions.read('primary', async (manager) => {
      const rows: { night: string; claim_kind: 'reservation' | 'closure'; reservation_id: string; reference: string | null }[] =
        await manager.query(
          `SELECT DATE_FORMAT(n.night, '%Y-%m-%d') AS night, n.claim_kind, n.reservation_id, r.reference
             FROM unit_nights n
             LEFT JOIN reservations r ON n.claim_kind = 'reservation' AND r.id = n.reservation_id
            WHERE n.unit_id = ? AND n.night >= ? AND n.night < ? AND n.reservation_id <> ? AND ${LIVE}
            ORDER BY n.night`,
          [unitId, stay.arrival, stay.departure, claimant],
        );
      return rows.map((row) => ({
        night: row.night,
        kind: row.claim_kind,
        reference: row.reference,
        closureId: row.claim_kind === 'closure' ? row.reservation_id : null,
      }));
    });
  }

  /**
   * Gives back the booking's nights that are not on `unitId` within [stay): the old
   * placement, once the new one is claimed. Returns how many nights it released.
   */
  async releaseNightsOutside(manager: EntityManager, reservationId: string, unitId: string, stay: DateRange): Promise<number> {
    const result: { affectedRows?: number } = await manager.query(
      `DELETE FROM unit_nights
        WHERE reservation_id = ? AND claim_kind = 'reservation' AND (unit_id <> ? OR night < ? OR night >= ?)`,
      [reservationId, unitId, stay.arrival, stay.departure],
    );
    return result.affectedRows ?? 0;
  }

  async insertClosure(manager: EntityManager, closure: ClosureRow): Promise<void> {
    await manager.query(
      `INSERT INTO unit_closures (id, property_id, unit_id, starts_on, ends_on, reason, created_by, created_at, reopened_by, reopened_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
      [closure.id, closure.propertyId, closure.unitId, closure.startsOn, closure.endsOn, closure.reason, closure.createdBy, closure.createdAt],
    );
  }

  /** Locks the closure until the caller's transaction ends: two reopenings run one after the other. */
  async findClosureForUpdate(manager: EntityManager, id: string): Promise<ClosureRow | null> {
    const rows: ClosureDbRow[] = await manager.query('SELECT * FROM unit_closures WHERE id = ? FOR UPDATE', [id]);
    return rows[0] ? toClosure(rows[0]) : null;
  }

  /** Frees the closure's nights and marks it reopened; the row stays for the maintenance history. */
  async reopenClosure(manager: EntityManager, id: string, actor: string, at: Date): Promise<void> {
    await manager.query("DELETE FROM unit_nights WHERE reservation_id = ? AND claim_kind = 'closure'", [id]);
    await manager.query('UPDATE unit_closures SET reopened_by = ?, reopened_at = ? WHERE id = ?', [actor, at, id]);
  }
}
