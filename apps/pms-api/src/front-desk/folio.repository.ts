import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FolioPayment, PaymentMethod } from '@pitchdesk/contracts';
import type { StoredFolioLine } from './folio-view';

interface LineRow {
  id: string | number;
  kind: string;
  code: string;
  quantity: number;
  unit_minor: string | number;
  amount_minor: string | number;
  description: string | null;
  created_by: string | null;
}

interface PaymentRow {
  id: string;
  method: PaymentMethod;
  amount_minor: string | number;
  currency: string;
  reference: string | null;
  reason: string | null;
  recorded_by: string;
  recorded_at: Date;
}

/** What an Idempotency-Key of a folio write produced. */
export interface FolioOutcome {
  readonly fingerprint: string;
  readonly kind: 'charge' | 'payment';
  readonly id: string;
}

const toLine = (row: LineRow): StoredFolioLine => ({
  id: String(row.id),
  kind: row.kind,
  code: row.code,
  quantity: Number(row.quantity),
  unitMinor: Number(row.unit_minor),
  amountMinor: Number(row.amount_minor),
  description: row.description,
  createdBy: row.created_by,
});

const toPayment = (row: PaymentRow): FolioPayment => ({
  id: row.id,
  method: row.method,
  amountMinor: Number(row.amount_minor),
  currency: row.currency,
  reference: row.reference,
  reason: row.reason,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at.toISOString(),
});

/** The folio's SQL: lines (quoted and desk), payments, and the idempotency keys of desk writes. */
@Injectable()
export class FolioRepository {
  async lines(manager: EntityManager, reservationId: string): Promise<StoredFolioLine[]> {
    const rows: LineRow[] = await manager.query(
      'SELECT id, kind, code, quantity, unit_minor, amount_minor, description, created_by FROM folio_lines WHERE reservation_id = ? ORDER BY id',
      [reservationId],
    );
    return rows.map(toLine);
  }

  async payments(manager: EntityManager, reservationId: string): Promise<FolioPayment[]> {
    const rows: PaymentRow[] = await manager.query(
      `SELECT id, method, amount_minor, currency, reference, reason, recorded_by, recorded_at
         FROM folio_payments WHERE reservation_id = ? ORDER BY recorded_at, id`,
      [reservationId],
    );
    return rows.map(toPayment);
  }

  /** Appends a desk line; returns its id. */
  async addDeskLine(manager: EntityManager, reservationId: string, line: Omit<StoredFolioLine, 'id'>): Promise<string> {
    const result: { insertId?: number | string } = await manager.query(
      `INSERT INTO folio_lines (reservation_id, kind, code, quantity, unit_minor, amount_minor, description, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [reservationId, line.kind, line.code, line.quantity, line.unitMinor, line.amountMinor, line.description, line.createdBy],
    );
    return String(result.insertId);
  }

  async addPayment(manager: EntityManager, reservationId: string, payment: FolioPayment): Promise<void> {
    await manager.query(
      `INSERT INTO folio_payments (id, reservation_id, method, amount_minor, currency, reference, reason, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        payment.id,
        reservationId,
        payment.method,
        payment.amountMinor,
        payment.currency,
        payment.reference,
        payment.reason,
        payment.recordedBy,
        new Date(payment.recordedAt),
      ],
    );
  }

  /** A locking read: it sees the latest commit, whatever the transaction's snapshot. */
  async findOutcome(manager: EntityManager, reservationId: string, key: string): Promise<FolioOutcome | null> {
    const rows: { request_fingerprint: string; outcome_kind: 'charge' | 'payment'; outcome_id: string }[] = await manager.query(
      'SELECT request_fingerprint, outcome_kind, outcome_id FROM folio_idempotency_keys WHERE reservation_id = ? AND idempotency_key = ? FOR UPDATE',
      [reservationId, key],
    );
    const row = rows[0];
    return row ? { fingerprint: row.request_fingerprint, kind: row.outcome_kind, id: row.outcome_id } : null;
  }

  async recordOutcome(manager: EntityManager, reservationId: string, key: string, outcome: FolioOutcome): Promise<void> {
    await manager.query(
      `INSERT INTO folio_idempotency_keys (reservation_id, idempotency_key, request_fingerprint, outcome_kind, outcome_id, created_at)
       VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6))`,
      [reservationId, key, outcome.fingerprint, outcome.kind, outcome.id],
    );
  }
}
