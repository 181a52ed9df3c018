import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Party } from '@pitchdesk/domain';
import { DatabaseSessions } from '../database/database-sessions';
import type { ReservationStatus } from '../reservations/reservation.entity';
import type { DeskStay } from './desk-stay';
import { json } from '../common/json-column';

interface StayRow {
  id: string;
  property_id: string;
  reference: string;
  status: ReservationStatus;
  unit_id: string;
  unit_code: string;
  unit_type_code: string;
  arrival: string;
  departure: string;
  party: Party | string;
  currency: string;
  guest: { firstName?: string; lastName?: string } | string | null;
  locale: string;
  checked_in_at: Date | null;
  checked_out_at: Date | null;
}

/** A stay with its folio balance: charges minus payments. */
export interface StayWithBalance {
  readonly stay: DeskStay;
  readonly balanceMinor: number;
}


const STAY_COLUMNS = `r.id, r.property_id, r.reference, r.status, r.unit_id, u.code AS unit_code, ut.code AS unit_type_code, r.arrival, r.departure,
  r.party, r.currency, r.guest, r.locale, t.checked_in_at, t.checked_out_at`;

const STAY_JOINS = 'JOIN units u ON u.id = r.unit_id JOIN unit_types ut ON ut.id = u.unit_type_id LEFT JOIN stay_check_times t ON t.reservation_id = r.id';

const BALANCE = `(SELECT COALESCE(SUM(f.amount_minor), 0) FROM folio_lines f WHERE f.reservation_id = r.id)
  - (SELECT COALESCE(SUM(p.amount_minor), 0) FROM folio_payments p WHERE p.reservation_id = r.id)`;

function toStay(row: StayRow): DeskStay {
  const guest = row.guest === null ? null : json(row.guest);
  const name = guest ? [guest.firstName, guest.lastName].filter(Boolean).join(' ') : '';
  return {
    id: row.id,
    propertyId: row.property_id,
    reference: row.reference,
    status: row.status,
    unitId: row.unit_id,
    unitCode: row.unit_code,
    unitTypeCode: row.unit_type_code,
    arrival: row.arrival,
    departure: row.departure,
    party: json(row.party),
    currency: row.currency,
    guestName: name || null,
    locale: row.locale,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
  };
}

/**
 * The front desk's SQL on reservations: day lists, locking a stay for a step, and the
 * status changes of check-in and check-out. Statements are written out for review.
 */
@Injectable()
export class FrontDeskRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  /**
   * Stays arriving or departing on `date`, and stays checked in by then, with balances.
   * Three index lookups (property+arrival, property+departure, property+status+arrival)
   * gathered by UNION, so a day costs its own stays, not the property's history. Read on
   * the primary: the desk reloads its lists right after its own check-ins.
   */
  async aroundDay(propertyId: string, date: string): Promise<StayWithBalance[]> {
    return this.sessions.read('primary', async (manager) => {
      const rows: (StayRow & { balance: string | number })[] = await manager.query(
        `SELECT ${STAY_COLUMNS}, ${BALANCE} AS balance
           FROM (SELECT id FROM reservations WHERE property_id = ? AND arrival = ?
                 UNION SELECT id FROM reservations WHERE property_id = ? AND departure = ?
                 UNION SELECT id FROM reservations WHERE property_id = ? AND status = 'checked-in' AND arrival <= ?) d
           JOIN reservations r ON r.id = d.id
           ${STAY_JOINS}`,
        [propertyId, date, propertyId, date, propertyId, date],
      );
      return rows.map((row) => ({ stay: toStay(row), balanceMinor: Number(row.balance) }));
    });
  }

  /** The stay, read on the primary (the desk acts on what it reads). */
  async find(manager: EntityManager, reservationId: string): Promise<DeskStay | null> {
    const rows: StayRow[] = await manager.query(`SELECT ${STAY_COLUMNS} FROM reservations r ${STAY_JOINS} WHERE r.id = ?`, [reservationId]);
    return rows[0] ? toStay(rows[0]) : null;
  }

  /**
   * Locks the reservation row until the caller's transaction ends: check-in, check-out,
   * registration and folio writes of one stay run one after the other, and a move or a
   * cancellation waits for them. Locks only the reservation (not the unit), then reads the stay.
   */
  async findForUpdate(manager: EntityManager, reservationId: string): Promise<DeskStay | null> {
    const locked: unknown[] = await manager.query('SELECT id FROM reservations WHERE id = ? FOR UPDATE', [reservationId]);
    return locked.length === 0 ? null : this.find(manager, reservationId);
  }

  /**
   * The status, and when and by whom; bumps the reservation desk's version so an edit
   * based on the state before check-in is refused rather than applied over it.
   */
  async markCheckedIn(manager: EntityManager, reservationId: string, at: Date, actor: string): Promise<void> {
    await manager.query("UPDATE reservations SET status = 'checked-in', version = version + 1 WHERE id = ?", [reservationId]);
    await manager.query(
      `INSERT INTO stay_check_times (reservation_id, checked_in_at, checked_in_by) VALUES (?, ?, ?)
       ON DUPLICATE KEY UPDATE checked_in_at = VALUES(checked_in_at), checked_in_by = VALUES(checked_in_by)`,
      [reservationId, at, actor],
    );
  }

  /** `openBalanceReason`: the override's reason when the guest left without settling. */
  async markCheckedOut(manager: EntityManager, reservationId: string, at: Date, actor: string, openBalanceReason: string | null): Promise<void> {
    await manager.query("UPDATE reservations SET status = 'checked-out', version = version + 1 WHERE id = ?", [reservationId]);
    await manager.query(
      `INSERT INTO stay_check_times (reservation_id, checked_out_at, checked_out_by, open_balance_reason) VALUES (?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE checked_out_at = VALUES(checked_out_at), checked_out_by = VALUES(checked_out_by),
         open_balance_reason = VALUES(open_balance_reason)`,
      [reservationId, at, actor, openBalanceReason],
    );
  }

  /** Frees the stay's unit-nights from `from` on (an early departure); returns how many. */
  async releaseNightsFrom(manager: EntityManager, reservationId: string, from: string): Promise<number> {
    const result: { affectedRows?: number } = await manager.query(
      "DELETE FROM unit_nights WHERE reservation_id = ? AND claim_kind = 'reservation' AND night >= ?",
      [reservationId, from],
    );
    return result.affectedRows ?? 0;
  }

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.sessions.transaction(work);
  }

  async read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.sessions.read('primary', work);
  }
}
