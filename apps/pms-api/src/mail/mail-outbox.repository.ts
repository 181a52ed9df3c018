import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DatabaseSessions } from '../database/database-sessions';
import type { ReadIntent } from '../database/database-sessions';
import type { MailOutboxStatus } from './mail-outbox.entity';

/** A mail to send; `key` names it uniquely, e.g. `booking-confirmed:<reservationId>`. */
export interface OutboxMail {
  readonly key: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** A row a drainer claimed; `attempt` counts this attempt. */
export interface ClaimedMail {
  readonly id: string;
  readonly key: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attempt: number;
}

export interface MailClaim {
  /** Fences this drainer's updates: a row reclaimed by another after the lease is not touched. */
  readonly token: string;
  readonly mails: readonly ClaimedMail[];
}

export interface OutboxMailState {
  readonly key: string;
  readonly status: MailOutboxStatus;
  readonly attempts: number;
  /** Milliseconds until the row is due, by the database clock (negative: overdue). */
  readonly dueInMs: number;
  readonly lastError: string | null;
  readonly providerMessageId: string | null;
}

// sendError: TEXT holds 65,535 bytes, 16,000 characters of up to 4 bytes each.
const LIMITS = { key: 191, to: 320, subject: 500, sendError: 16_000 } as const;

// The send error lives in last_send_error only since release 2026.12.0; last_error, which
// cut it at 1000 characters, is unused and dropped a release later
// (docs/zero-downtime-example.md, deprecations/2026.12.0.json).

/**
 * What use cases call: writes a mail into the outbox inside their own transaction, so
 * the mail exists if and only if the booking committed.
 */
@Injectable()
export class MailOutbox {
  /**
   * Enqueues `mail` in the transaction `manager` belongs to. Idempotent on `mail.key`:
   * a second enqueue of the same key is a no-op (ON DUPLICATE KEY, not INSERT IGNORE,
   * which would also turn a too-long value into a silent truncation).
   */
  async enqueue(manager: EntityManager, mail: OutboxMail): Promise<void> {
    if (manager.queryRunner?.isTransactionActive !== true) {
      // Outside a transaction the mail would commit on its own, even if the booking fails.
      throw new Error('MailOutbox.enqueue must run inside the caller’s transaction');
    }
    checkLength('key', mail.key, LIMITS.key);
    checkLength('to', mail.to, LIMITS.to);
    checkLength('subject', mail.subject, LIMITS.subject);
    await manager.query(
      `INSERT INTO mail_outbox
         (message_key, recipient, subject, text_body, html_body, status, attempts, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, 'pending', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
       ON DUPLICATE KEY UPDATE id = id`,
      [mail.key, mail.to, mail.subject, mail.text, mail.html],
    );
  }
}

/** The drainer's queries. Every time is the database's UTC clock, so instances' clocks never matter. */
@Injectable()
export class MailOutboxRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  /**
   * Claims up to `limit` due rows: pending ones whose retry time has come, and `sending`
   * ones whose lease ran out (their drainer died). SKIP LOCKED lets concurrent drainers
   * claim disjoint rows without waiting; READ COMMITTED keeps the scan from taking gap
   * locks that would block a booking transaction inserting into the outbox meanwhile.
   * The claim commits at once, so no lock is held while SES is called.
   */
  async claimDue(limit: number, leaseMs: number): Promise<MailClaim> {
    const token = randomUUID();
    const leaseUs = Math.round(leaseMs * 1000);
    // read('primary') hands out a primary connection; the transaction runs on it.
    const mails = await this.sessions.read('primary', (connection) =>
      connection.transaction('READ COMMITTED', async (manager) => {
        // Expired claims first (a dead drainer's rows are the oldest due work), then pending.
        const expired = await selectDueForUpdate(manager, 'sending', limit);
        const rows = expired.length < limit ? [...expired, ...(await selectDueForUpdate(manager, 'pending', limit - expired.length))] : expired;
        if (rows.length === 0) {
          return [];
        }
        // While claimed, next_attempt_at is the lease end: the due-index finds expired claims too.
        await manager.query(
          `UPDATE mail_outbox
              SET status = 'sending', attempts = attempts + 1, claim_token = ?,
                  claimed_until = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL ? MICROSECOND),
                  next_attempt_at = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL ? MICROSECOND)
            WHERE id IN (?)`,
          [token, leaseUs, leaseUs, rows.map((row) => row.id)],
        );
        return rows.map(toClaimedMail);
      }),
    );
    return { token, mails };
  }

  /** Records the provider's acceptance; false if the claim was lost (lease expired, reclaimed). */
  async markSent(id: string, token: string, providerMessageId: string): Promise<boolean> {
    return this.updateClaimed(
      id,
      token,
      `status = 'sent', sent_at = UTC_TIMESTAMP(6), provider_message_id = ?, last_send_error = NULL`,
      [providerMessageId],
    );
  }

  /** Puts the row back to pending, due after `delayMs`. */
  async scheduleRetry(id: string, token: string, delayMs: number, error: string): Promise<boolean> {
    return this.updateClaimed(
      id,
      token,
      `status = 'pending', last_send_error = ?, next_attempt_at = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL ? MICROSECOND)`,
      [error.slice(0, LIMITS.sendError), Math.round(delayMs * 1000)],
    );
  }

  async markFailed(id: string, token: string, error: string): Promise<boolean> {
    return this.updateClaimed(id, token, `status = 'failed', last_send_error = ?`, [error.slice(0, LIMITS.sendError)]);
  }

  async findByKey(intent: ReadIntent, key: string): Promise<OutboxMailState | null> {
    return this.sessions.read(intent, async (manager) => {
      const rows: StateRow[] = await manager.query(
        `SELECT message_key, status, attempts, last_send_error, provider_message_id,
                TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(6), next_attempt_at) AS due_in_us
           FROM mail_outbox WHERE message_key = ?`,
        [key],
      );
      const row = rows[0];
      return row
        ? {
            key: row.message_key,
            status: row.status,
            attempts: Number(row.attempts),
            dueInMs: Number(row.due_in_us) / 1000,
            lastError: row.last_send_error,
            providerMessageId: row.provider_message_id,
          }
        : null;
    });
  }

  private async updateClaimed(id: string, token: string, assignments: string, values: unknown[]): Promise<boolean> {
    return this.sessions.transaction(async (manager) => {
      const result: { affectedRows: number } = await manager.query(
        `UPDATE mail_outbox SET ${assignments}, claim_token = NULL, claimed_until = NULL
          WHERE id = ? AND claim_token = ? AND status = 'sending'`,
        [...values, id, token],
      );
      return result.affectedRows === 1;
    });
  }
}

interface ClaimRow {
  id: string | number;
  message_key: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

interface StateRow {
  message_key: string;
  status: MailOutboxStatus;
  attempts: number;
  last_send_error: string | null;
  provider_message_id: string | null;
  due_in_us: string | number;
}

/**
 * One status per query, read in index order: MariaDB (10.11) returns no rows at all from
 * `FOR UPDATE SKIP LOCKED ... LIMIT` when the plan needs a filesort (as `status IN (...)
 * ORDER BY next_attempt_at` does) and another drainer holds a lock, so a second instance
 * would find nothing to do. The two-drainers medium test guards this.
 */
async function selectDueForUpdate(manager: EntityManager, status: 'pending' | 'sending', limit: number): Promise<ClaimRow[]> {
  return manager.query(
    `SELECT id, message_key, recipient, subject, text_body, html_body, attempts
       FROM mail_outbox
      WHERE status = ? AND next_attempt_at <= UTC_TIMESTAMP(6)
      ORDER BY next_attempt_at
      LIMIT ?
        FOR UPDATE SKIP LOCKED`,
    [status, limit],
  );
}

function toClaimedMail(row: ClaimRow): ClaimedMail {
  return {
    id: String(row.id),
    key: row.message_key,
    to: row.recipient,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    attempt: Number(row.attempts) + 1,
  };
}

function checkLength(field: string, value: string, max: number): void {
  if (value.length === 0 || value.length > max) {
    throw new RangeError(`mail ${field} must be 1 to ${max} characters, got ${value.length}`);
  }
}
