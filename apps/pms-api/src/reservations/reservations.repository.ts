import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DateRange, QuoteLine } from '@pitchdesk/domain';
import { eachNight, QUOTE_LINE_KINDS } from '@pitchdesk/domain';
import { DatabaseSessions } from '../database/database-sessions';
import type { ReadIntent } from '../database/database-sessions';
import { MYSQL_DUPLICATE_KEY, mysqlErrno } from './mysql-errors';
import { ReservationEntity } from './reservation.entity';
import { toReservation } from './reservation-rows';
import type { ReservationRow } from './reservation-rows';
import { UnitNightEntity } from './unit-night.entity';
import type { UnitNightClaimKind } from './unit-night.entity';

export type ClaimOutcome = 'claimed' | 'taken';

export interface LapsedHold {
  readonly reservationId: string;
  readonly propertyId: string;
  readonly unitId: string;
  readonly arrival: string;
  readonly departure: string;
}

/** A quote line, or a charge raised later such as a cancellation fee. */
export type FolioCharge = Pick<QuoteLine, 'code' | 'quantity' | 'unitMinor' | 'amountMinor'> & {
  kind: QuoteLine['kind'] | 'cancellation-fee';
};

/** Tables whose rows belong to one reservation (`reservation_id`), from booking to check-out. */
const RESERVATION_CHILD_TABLES = [
  'folio_lines',
  'folio_payments',
  'folio_idempotency_keys',
  'registration_guests',
  'guest_registrations',
  'stay_check_times',
  'reservation_notes',
] as const;

@Injectable()
export class ReservationsRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  /** Units with a live hold or booking on any night of the stay. */
  async takenUnitIds(intent: ReadIntent, propertyId: string, stay: DateRange): Promise<Set<string>> {
    return this.sessions.read(intent, (manager) => this.takenUnitIdsWith(manager, propertyId, stay));
  }

  async takenUnitIdsWith(manager: EntityManager, propertyId: string, stay: DateRange): Promise<Set<string>> {
    // The database clock decides expiry, so every instance agrees on it.
    const rows: { unit_id: string }[] = await manager.query(
      `SELECT DISTINCT unit_id FROM unit_nights
        WHERE property_id = ? AND night >= ? AND night < ?
          AND (hold_expires_at IS NULL OR hold_expires_at > UTC_TIMESTAMP(6))`,
      [propertyId, stay.arrival, stay.departure],
    );
    return new Set(rows.map((row) => row.unit_id));
  }

  /**
   * Live holds and bookings per unit type and night of [from, to): what a date picker
   * needs to grey out full nights. Units, not types, are claimed, hence the join.
   */
  async takenCountsByTypeAndNight(
    intent: ReadIntent,
    propertyId: string,
    range: DateRange,
  ): Promise<{ unitTypeId: string; night: string; taken: number }[]> {
    return this.sessions.read(intent, async (manager) => {
      const rows: { unit_type_id: string; night: string; taken: number | string }[] = await manager.query(
        `SELECT u.unit_type_id, DATE_FORMAT(n.night, '%Y-%m-%d') AS night, COUNT(*) AS taken
           FROM unit_nights n JOIN units u ON u.id = n.unit_id
          WHERE n.property_id = ? AND n.night >= ? AND n.night < ?
            AND (n.hold_expires_at IS NULL OR n.hold_expires_at > UTC_TIMESTAMP(6))
          GROUP BY u.unit_type_id, n.night`,
        [propertyId, range.arrival, range.departure],
      );
      return rows.map((row) => ({ unitTypeId: row.unit_type_id, night: row.night, taken: Number(row.taken) }));
    });
  }

  /**
   * Whether any night of the stay is live-claimed on the unit, read on the primary. Only
   * a shortcut that spares a losing request its transaction: the primary key decides.
   */
  async anyNightTaken(unitId: string, stay: DateRange): Promise<boolean> {
    return this.sessions.read('primary', async (manager) => {
      const rows: unknown[] = await manager.query(
        `SELECT 1 FROM unit_nights
          WHERE unit_id = ? AND night >= ? AND night < ?
            AND (hold_expires_at IS NULL OR hold_expires_at > UTC_TIMESTAMP(6))
          LIMIT 1`,
        [unitId, stay.arrival, stay.departure],
      );
      return rows.length > 0;
    });
  }

  /**
   * Takes every night of the stay on the unit for the reservation, or nothing. The
   * primary key (unit_id, night) refuses a second live claim; rows of a lapsed hold are
   * removed first, in the same transaction, so an expired hold never blocks anyone and
   * needs no cron. Runs inside the caller's transaction on the primary.
   * `holdExpiresAt` null claims for good (a booking moved by staff); `kind` 'closure'
   * claims for a closure, whose id is then `reservationId`.
   */
  async claimUnitNights(
    manager: EntityManager,
    claim: {
      unitId: string;
      propertyId: string;
      reservationId: string;
      stay: DateRange;
      holdExpiresAt: Date | null;
      kind?: UnitNightClaimKind;
    },
  ): Promise<ClaimOutcome> {
    const nights = eachNight(claim.stay);
    const kind = claim.kind ?? 'reservation';
    const insert = (): Promise<unknown> =>
      manager.query(
        `INSERT INTO unit_nights (unit_id, night, property_id, reservation_id, hold_expires_at, claim_kind) VALUES ${nights
          .map(() => '(?, ?, ?, ?, ?, ?)')
          .join(', ')}`,
        nights.flatMap((night) => [claim.unitId, night, claim.propertyId, claim.reservationId, claim.holdExpiresAt, kind]),
      );
    try {
      await insert();
      return 'claimed';
    } catch (error) {
      if (mysqlErrno(error) !== MYSQL_DUPLICATE_KEY) {
        throw error;
      }
    }
    // A duplicate key fails only that statement; the transaction goes on.
    const lapsed: { affectedRows?: number } = await manager.query(
      `DELETE FROM unit_nights
        WHERE unit_id = ? AND night >= ? AND night < ?
          AND hold_expires_at IS NOT NULL AND hold_expires_at <= UTC_TIMESTAMP(6)`,
      [claim.unitId, claim.stay.arrival, claim.stay.departure],
    );
    if (!lapsed.affectedRows) {
      return 'taken';
    }
    try {
      await insert();
      return 'claimed';
    } catch (error) {
      if (mysqlErrno(error) === MYSQL_DUPLICATE_KEY) {
        return 'taken';
      }
      throw error;
    }
  }

  /**
   * When a hold taken now lapses, by the database's clock: every instance compares
   * expiries against that same clock, never against its own.
   */
  /** Turns a hold's nights into booked ones; returns how many nights it still held. */
  async confirmUnitNights(manager: EntityManager, reservationId: string): Promise<number> {
    const result: { affectedRows?: number } = await manager.query(
      `UPDATE unit_nights SET hold_expires_at = NULL
        WHERE reservation_id = ? AND hold_expires_at IS NOT NULL AND hold_expires_at > UTC_TIMESTAMP(6)`,
      [reservationId],
    );
    return result.affectedRows ?? 0;
  }

  /**
   * Marks up to `limit` lapsed holds expired and frees their nights, in one short
   * transaction; SKIP LOCKED lets every instance sweep at once without waiting on each
   * other or on a booking that holds the row. Returns what was swept, to announce.
   */
  async sweepLapsedHolds(limit: number): Promise<LapsedHold[]> {
    return this.sessions.transaction(async (manager) => {
      const rows: { id: string; property_id: string; unit_id: string; arrival: string; departure: string }[] = await manager.query(
        `SELECT id, property_id, unit_id, arrival, departure FROM reservations
          WHERE status = 'held' AND hold_expires_at <= UTC_TIMESTAMP(6)
          ORDER BY hold_expires_at LIMIT ? FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) {
        return [];
      }
      const ids = rows.map((row) => row.id);
      await manager.query(
        'DELETE FROM unit_nights WHERE reservation_id IN (?) AND hold_expires_at IS NOT NULL AND hold_expires_at <= UTC_TIMESTAMP(6)',
        [ids],
      );
      await manager.query(
        "UPDATE reservations SET status = 'expired', expiry_announced_at = UTC_TIMESTAMP(6) WHERE id IN (?)",
        [ids],
      );
      return rows.map((row) => ({
        reservationId: row.id,
        propertyId: row.property_id,
        unitId: row.unit_id,
        arrival: row.arrival,
        departure: row.departure,
      }));
    });
  }

  /**
   * Demo and import data: replaces every reservation of the property with confirmed
   * bookings and their unit-nights, in the caller's transaction, in chunks.
   */
  async replaceAllConfirmed(
    manager: EntityManager,
    propertyId: string,
    bookings: readonly Omit<ReservationEntity, 'createdAt'>[],
  ): Promise<void> {
    await manager.query('DELETE FROM unit_nights WHERE property_id = ?', [propertyId]);
    // Everything the desk hangs on a reservation goes with it, so a re-seed leaves no orphans.
    for (const table of RESERVATION_CHILD_TABLES) {
      await manager.query(`DELETE c FROM ${table} c JOIN reservations r ON r.id = c.reservation_id WHERE r.property_id = ?`, [propertyId]);
    }
    await manager.query('DELETE FROM unit_closures WHERE property_id = ?', [propertyId]);
    await manager.query('DELETE FROM reservations WHERE property_id = ?', [propertyId]);
    for (let start = 0; start < bookings.length; start += 250) {
      await manager.insert(ReservationEntity, bookings.slice(start, start + 250));
    }
    const nights = bookings.flatMap((booking) =>
      eachNight({ arrival: booking.arrival, departure: booking.departure } as DateRange).map((night) => [
        booking.unitId,
        night,
        propertyId,
        booking.id,
      ]),
    );
    for (let start = 0; start < nights.length; start += 1_000) {
      const chunk = nights.slice(start, start + 1_000);
      await manager.query(
        `INSERT INTO unit_nights (unit_id, night, property_id, reservation_id, hold_expires_at) VALUES ${chunk
          .map(() => '(?, ?, ?, ?, NULL)')
          .join(', ')}`,
        chunk.flat(),
      );
    }
  }

  async releaseUnitNights(manager: EntityManager, reservationId: string): Promise<void> {
    await manager.delete(UnitNightEntity, { reservationId });
  }

  // The booking path's statements are written out: they run for every hold and booking,
  // and review should see exactly what they do (TypeORM's entity layer cost a sizeable
  // share of a booking's CPU for what are single-row statements).

  async insert(manager: EntityManager, reservation: Omit<ReservationEntity, 'createdAt'>): Promise<void> {
    await manager.query(
      `INSERT INTO reservations (id, property_id, reference, status, unit_id, unit_type_id, arrival, departure, party, extras,
         quote, rate_card_version, total_minor, currency, guest, locale, hold_expires_at, idempotency_key, request_fingerprint)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        reservation.id,
        reservation.propertyId,
        reservation.reference,
        reservation.status,
        reservation.unitId,
        reservation.unitTypeId,
        reservation.arrival,
        reservation.departure,
        JSON.stringify(reservation.party),
        JSON.stringify(reservation.extras),
        JSON.stringify(reservation.quote),
        reservation.rateCardVersion,
        reservation.totalMinor,
        reservation.currency,
        reservation.guest === null ? null : JSON.stringify(reservation.guest),
        reservation.locale,
        reservation.holdExpiresAt,
        reservation.idempotencyKey,
        reservation.requestFingerprint,
      ],
    );
  }

  /** Turns a held reservation into a booking, with what the guest gave and the final quote. */
  async confirm(
    manager: EntityManager,
    id: string,
    booking: Pick<ReservationEntity, 'guest' | 'extras' | 'locale' | 'quote' | 'totalMinor' | 'idempotencyKey' | 'requestFingerprint'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE reservations
          SET status = 'confirmed', guest = ?, extras = ?, locale = ?, quote = ?, total_minor = ?,
              idempotency_key = ?, request_fingerprint = ?, hold_expires_at = NULL, confirmed_at = UTC_TIMESTAMP(6)
        WHERE id = ?`,
      [
        booking.guest === null ? null : JSON.stringify(booking.guest),
        JSON.stringify(booking.extras),
        booking.locale,
        JSON.stringify(booking.quote),
        booking.totalMinor,
        booking.idempotencyKey,
        booking.requestFingerprint,
        id,
      ],
    );
  }

  async update(manager: EntityManager, id: string, changes: Partial<ReservationEntity>): Promise<void> {
    await manager.update(ReservationEntity, { id }, changes);
  }

  /** Locks the reservation row until the caller's transaction ends (serialises retries). */
  async findForUpdate(manager: EntityManager, id: string): Promise<ReservationEntity | null> {
    const rows: ReservationRow[] = await manager.query('SELECT * FROM reservations WHERE id = ? FOR UPDATE', [id]);
    return rows[0] ? toReservation(rows[0]) : null;
  }

  async findByReferenceForUpdate(manager: EntityManager, reference: string): Promise<ReservationEntity | null> {
    return manager.findOne(ReservationEntity, { where: { reference }, lock: { mode: 'pessimistic_write' } });
  }

  /** The guest's own booking, read on the primary (it may follow their own write). */
  async findByReferenceForView(manager: EntityManager, reference: string): Promise<ReservationEntity | null> {
    return manager.findOneBy(ReservationEntity, { reference });
  }

  /**
   * Replaces the folio's quoted lines (the kinds a quote has) with `lines`, after a re-price:
   * cancellation fees and what the desk added stay.
   */
  async replaceQuotedFolioLines(manager: EntityManager, reservationId: string, lines: readonly FolioCharge[]): Promise<void> {
    await manager.query('DELETE FROM folio_lines WHERE reservation_id = ? AND kind IN (?)', [reservationId, QUOTE_LINE_KINDS]);
    await this.addFolioLines(manager, reservationId, lines);
  }

  async addFolioLines(manager: EntityManager, reservationId: string, lines: readonly FolioCharge[]): Promise<void> {
    if (lines.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO folio_lines (reservation_id, kind, code, quantity, unit_minor, amount_minor) VALUES ${lines
        .map(() => '(?, ?, ?, ?, ?, ?)')
        .join(', ')}`,
      lines.flatMap((line) => [reservationId, line.kind, line.code, line.quantity, line.unitMinor, line.amountMinor]),
    );
  }

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.sessions.transaction(work);
  }
}
