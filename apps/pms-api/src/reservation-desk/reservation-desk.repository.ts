import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DateRange } from '@pitchdesk/domain';
import type { ReservationChannel } from '@pitchdesk/contracts';
import { DatabaseSessions } from '../database/database-sessions';
import type { GuestDetails } from '../reservations/reservation.entity';
import { toReservation } from '../reservations/reservation-rows';
import type { ReservationRow } from '../reservations/reservation-rows';
import type { DeskReservation, StoredOverride } from './desk-reservation';
import type { ListPosition } from './list-cursor';
import { json } from '../common/json-column';

/** The list's filters, already validated; `search` patterns are LIKE-escaped. */
export interface ListFilter {
  readonly propertyId: string;
  readonly status?: string;
  readonly arrivalFrom?: string;
  readonly arrivalTo?: string;
  readonly unitTypeId?: string;
  /** A prefix pattern for reference, names and e-mail. */
  readonly prefix?: string;
  /** A contains pattern of phone digits (only when the query had 4+ digits). */
  readonly phoneDigits?: string;
  readonly after?: ListPosition;
  readonly limit: number;
}

export interface ListRow {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly channel: ReservationChannel;
  readonly arrival: string;
  readonly departure: string;
  readonly unitId: string;
  readonly unitCode: string;
  readonly unitTypeId: string;
  readonly unitTypeCode: string;
  readonly guest: GuestDetails | null;
  readonly party: { adults: number; childrenAges: number[] };
  readonly totalMinor: number;
  readonly currency: string;
}

export interface StoredNote {
  readonly id: string;
  readonly author: string;
  readonly text: string;
  readonly createdAt: Date;
}

/** What an edit or cancellation writes; the version always goes up by one. */
export type DeskChanges = Partial<
  Pick<DeskReservation, 'status' | 'unitId' | 'unitTypeId' | 'arrival' | 'departure' | 'party' | 'extras' | 'guest' | 'locale' | 'quote' | 'totalMinor' | 'rateCardVersion' | 'overrides' | 'cancellationFeeMinor' | 'cancelledAt'>
>;

/** Entity field -> column, and whether it is stored as JSON text. Only these can be written. */
const COLUMNS: Record<keyof DeskChanges, [string, boolean]> = {
  status: ['status', false],
  unitId: ['unit_id', false],
  unitTypeId: ['unit_type_id', false],
  arrival: ['arrival', false],
  departure: ['departure', false],
  party: ['party', true],
  extras: ['extras', true],
  guest: ['guest', true],
  locale: ['locale', false],
  quote: ['quote', true],
  totalMinor: ['total_minor', false],
  rateCardVersion: ['rate_card_version', false],
  overrides: ['overrides', true],
  cancellationFeeMinor: ['cancellation_fee_minor', false],
  cancelledAt: ['cancelled_at', false],
};

/** Live claims only: a lapsed hold's rows block nobody (decided by the database clock). */
const LIVE = '(hold_expires_at IS NULL OR hold_expires_at > UTC_TIMESTAMP(6))';

type DeskRow = ReservationRow & {
  channel: ReservationChannel;
  overrides: StoredOverride[] | string | null;
  version: number | string;
  created_by: string | null;
  unit_code: string;
  unit_type_code: string;
};


function toDesk(row: DeskRow): DeskReservation {
  return {
    ...toReservation(row),
    status: row.status,
    channel: row.channel,
    overrides: row.overrides === null ? [] : json(row.overrides),
    version: Number(row.version),
    createdBy: row.created_by,
    unitCode: row.unit_code,
    unitTypeCode: row.unit_type_code,
  };
}

const SELECT_DESK = `SELECT r.*, u.code AS unit_code, t.code AS unit_type_code
   FROM reservations r JOIN units u ON u.id = r.unit_id JOIN unit_types t ON t.id = r.unit_type_id`;

/**
 * The reservation desk's SQL, written out so review sees what runs: the list on a
 * replica, everything that follows or decides a write on the primary.
 */
@Injectable()
export class ReservationDeskRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  /**
   * One page of the list, from a replica (browsing tolerates its lag), in (arrival, id)
   * order with a keyset: a page costs the same however deep, and rows added meanwhile
   * never shift one. Fetch `limit + 1` to know whether another page follows.
   */
  async list(filter: ListFilter): Promise<ListRow[]> {
    const where = ['r.property_id = ?', "r.status <> 'expired'"];
    const values: unknown[] = [filter.propertyId];
    const add = (condition: string, ...parameters: unknown[]): void => {
      where.push(condition);
      values.push(...parameters);
    };
    if (filter.status) {
      add('r.status = ?', filter.status);
    }
    if (filter.arrivalFrom) {
      add('r.arrival >= ?', filter.arrivalFrom);
    }
    if (filter.arrivalTo) {
      add('r.arrival <= ?', filter.arrivalTo);
    }
    if (filter.unitTypeId) {
      add('r.unit_type_id = ?', filter.unitTypeId);
    }
    if (filter.prefix) {
      const phone = filter.phoneDigits ? ' OR r.guest_phone_digits LIKE ?' : '';
      const patterns = [filter.prefix, filter.prefix, filter.prefix, filter.prefix, ...(filter.phoneDigits ? [filter.phoneDigits] : [])];
      add(`(r.reference LIKE ? OR r.guest_last_name LIKE ? OR r.guest_first_name LIKE ? OR r.guest_email LIKE ?${phone})`, ...patterns);
    }
    if (filter.after) {
      add('(r.arrival > ? OR (r.arrival = ? AND r.id > ?))', filter.after.arrival, filter.after.arrival, filter.after.id);
    }
    const rows: {
      id: string;
      reference: string;
      status: string;
      channel: ReservationChannel;
      arrival: string;
      departure: string;
      unit_id: string;
      unit_code: string;
      unit_type_id: string;
      unit_type_code: string;
      guest: GuestDetails | string | null;
      party: ListRow['party'] | string;
      total_minor: number | string;
      currency: string;
    }[] = await this.sessions.read('replica', (manager) =>
      manager.query(
        `SELECT r.id, r.reference, r.status, r.channel, r.arrival, r.departure, r.unit_id, u.code AS unit_code,
                r.unit_type_id, t.code AS unit_type_code, r.guest, r.party, r.total_minor, r.currency
           FROM reservations r JOIN units u ON u.id = r.unit_id JOIN unit_types t ON t.id = r.unit_type_id
          WHERE ${where.join(' AND ')}
          ORDER BY r.arrival, r.id
          LIMIT ?`,
        [...values, filter.limit + 1],
      ),
    );
    return rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      status: row.status,
      channel: row.channel,
      arrival: row.arrival,
      departure: row.departure,
      unitId: row.unit_id,
      unitCode: row.unit_code,
      unitTypeId: row.unit_type_id,
      unitTypeCode: row.unit_type_code,
      guest: row.guest === null ? null : json(row.guest),
      party: json(row.party),
      totalMinor: Number(row.total_minor),
      currency: row.currency,
    }));
  }

  /** Runs reads on the primary: what staff look at right after their own change. */
  async onPrimary<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.sessions.read('primary', work);
  }

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.sessions.transaction(work);
  }

  async find(manager: EntityManager, id: string): Promise<DeskReservation | null> {
    const rows: DeskRow[] = await manager.query(`${SELECT_DESK} WHERE r.id = ?`, [id]);
    return rows[0] ? toDesk(rows[0]) : null;
  }

  /** Locks the reservation row until the caller's transaction ends: desk changes, moves and cancellations queue on it. */
  async findForUpdate(manager: EntityManager, id: string): Promise<DeskReservation | null> {
    const rows: DeskRow[] = await manager.query(`${SELECT_DESK} WHERE r.id = ? FOR UPDATE`, [id]);
    return rows[0] ? toDesk(rows[0]) : null;
  }

  async findByIdempotencyKey(manager: EntityManager, propertyId: string, key: string): Promise<DeskReservation | null> {
    const rows: DeskRow[] = await manager.query(`${SELECT_DESK} WHERE r.property_id = ? AND r.idempotency_key = ?`, [propertyId, key]);
    return rows[0] ? toDesk(rows[0]) : null;
  }

  /**
   * A confirmed desk booking. The (property_id, idempotency_key) unique index makes a
   * second insert with the same key wait for the first transaction, then fail: a double
   * click books once.
   */
  async insertBooking(
    manager: EntityManager,
    booking: Pick<
      DeskReservation,
      | 'id' | 'propertyId' | 'reference' | 'unitId' | 'unitTypeId' | 'arrival' | 'departure' | 'party' | 'extras' | 'quote'
      | 'rateCardVersion' | 'totalMinor' | 'currency' | 'guest' | 'locale' | 'idempotencyKey' | 'requestFingerprint' | 'channel' | 'overrides' | 'createdBy'
    >,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reservations (id, property_id, reference, status, unit_id, unit_type_id, arrival, departure, party, extras,
         quote, rate_card_version, total_minor, currency, guest, locale, hold_expires_at, idempotency_key, request_fingerprint,
         confirmed_at, channel, overrides, version, created_by)
       VALUES (?, ?, ?, 'confirmed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, UTC_TIMESTAMP(6), ?, ?, 1, ?)`,
      [
        booking.id,
        booking.propertyId,
        booking.reference,
        booking.unitId,
        booking.unitTypeId,
        booking.arrival,
        booking.departure,
        JSON.stringify(booking.party),
        JSON.stringify(booking.extras),
        JSON.stringify(booking.quote),
        booking.rateCardVersion,
        booking.totalMinor,
        booking.currency,
        booking.guest === null ? null : JSON.stringify(booking.guest),
        booking.locale,
        booking.idempotencyKey,
        booking.requestFingerprint,
        booking.channel,
        JSON.stringify(booking.overrides),
        booking.createdBy,
      ],
    );
  }

  /** Writes `changes` and bumps the version, in the caller's transaction (which holds the row lock). */
  async update(manager: EntityManager, id: string, changes: DeskChanges): Promise<void> {
    const assignments: string[] = ['version = version + 1'];
    const values: unknown[] = [];
    for (const [field, value] of Object.entries(changes) as [keyof DeskChanges, unknown][]) {
      if (value === undefined) {
        continue;
      }
      const [column, isJson] = COLUMNS[field];
      assignments.push(`${column} = ?`);
      values.push(isJson && value !== null ? JSON.stringify(value) : value);
    }
    await manager.query(`UPDATE reservations SET ${assignments.join(', ')} WHERE id = ?`, [...values, id]);
  }

  /**
   * Gives back the reservation's nights that are not on `unitId` within [stay): its old
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

  /** Whether another live hold, booking or closure has a night of [stay) on the unit now (a preview; the claim decides). */
  async anyNightTakenByOthers(manager: EntityManager, unitId: string, stay: DateRange, self: string | null): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM unit_nights WHERE unit_id = ? AND night >= ? AND night < ? AND reservation_id <> ? AND ${LIVE} LIMIT 1`,
      [unitId, stay.arrival, stay.departure, self ?? ''],
    );
    return rows.length > 0;
  }

  async insertNote(manager: EntityManager, note: { reservationId: string; propertyId: string; author: string; text: string }): Promise<StoredNote> {
    const result: { insertId: number | string } = await manager.query(
      'INSERT INTO reservation_notes (reservation_id, property_id, author, body, created_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6))',
      [note.reservationId, note.propertyId, note.author, note.text],
    );
    const rows: { created_at: Date }[] = await manager.query('SELECT created_at FROM reservation_notes WHERE id = ?', [result.insertId]);
    return { id: String(result.insertId), author: note.author, text: note.text, createdAt: rows[0]?.created_at ?? new Date() };
  }

  async notesOf(manager: EntityManager, reservationId: string): Promise<StoredNote[]> {
    const rows: { id: string | number; author: string; body: string; created_at: Date }[] = await manager.query(
      'SELECT id, author, body, created_at FROM reservation_notes WHERE reservation_id = ? ORDER BY created_at, id',
      [reservationId],
    );
    return rows.map((row) => ({ id: String(row.id), author: row.author, text: row.body, createdAt: row.created_at }));
  }

  /** Staff names by id, for who-did-what; ids of deleted accounts and 'system' are simply absent. */
  async staffNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows: { id: string; name: string }[] = await manager.query('SELECT id, name FROM staff_users WHERE id IN (?)', [[...new Set(ids)]]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
