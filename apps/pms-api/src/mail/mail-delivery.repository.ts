import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DatabaseSessions } from '../database/database-sessions';
import type { ReadIntent } from '../database/database-sessions';
import { outboxKeyTag } from './outbox-key-tag';
import type { DeliveryOutcome, DeliveryStatus } from './ses-event';

/** What recording an outcome did. */
export type RecordResult = 'recorded' | 'superseded' | 'no-such-mail' | 'ambiguous';

export interface MailDeliveryState {
  readonly status: DeliveryStatus | null;
  readonly detail: string | null;
  readonly eventAt: Date | null;
}

// TEXT holds 65,535 bytes: 16,000 characters of up to 4 bytes each.
const MAX_DETAIL = 16_000;

/** Writes what SES reported about sent mails onto their outbox rows. */
@Injectable()
export class MailDeliveryRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  /**
   * Records `outcome` on the row its outbox-key tag names. The newer event wins (SNS may
   * deliver them in any order, and more than once), except that nothing replaces a
   * complaint: it is the recipient's word that the mail is unwanted, whatever came later.
   */
  async record(outcome: DeliveryOutcome & { readonly outboxTag: string }): Promise<RecordResult> {
    return this.sessions.transaction(async (manager) => {
      const row = await rowFor(manager, outcome.outboxTag, outcome.providerMessageId);
      if (row === 'none') {
        return 'no-such-mail';
      }
      if (row === 'ambiguous') {
        return 'ambiguous';
      }
      const result: { affectedRows: number } = await manager.query(
        `UPDATE mail_outbox
            SET delivery_status = ?, delivery_detail = ?, delivery_event_at = ?
          WHERE id = ?
            AND (delivery_status IS NULL OR ? = 'complained' OR (delivery_status <> 'complained' AND delivery_event_at <= ?))`,
        [outcome.status, outcome.detail.slice(0, MAX_DETAIL), outcome.occurredAt, row.id, outcome.status, outcome.occurredAt],
      );
      return result.affectedRows === 1 ? 'recorded' : 'superseded';
    });
  }

  async stateOf(intent: ReadIntent, key: string): Promise<MailDeliveryState | null> {
    return this.sessions.read(intent, async (manager) => {
      const rows: { delivery_status: DeliveryStatus | null; delivery_detail: string | null; delivery_event_at: Date | null }[] = await manager.query(
        'SELECT delivery_status, delivery_detail, delivery_event_at FROM mail_outbox WHERE message_key = ?',
        [key],
      );
      const row = rows[0];
      return row ? { status: row.delivery_status, detail: row.delivery_detail, eventAt: row.delivery_event_at } : null;
    });
  }
}

interface CandidateRow {
  id: string | number;
  message_key: string;
  provider_message_id: string | null;
}

/**
 * The row whose key has this tag. The tag turned every character SES does not allow
 * into `_`, which is also LIKE's one-character wildcard, so `message_key LIKE tag`
 * finds every key that could have produced it, through the unique key's index (tags
 * hold no `%` or `\`). The exact tag is compared in code (LIKE ignores case here); two
 * keys with one tag are told apart by the message id SES gave the send.
 */
async function rowFor(manager: EntityManager, tag: string, providerMessageId: string): Promise<{ readonly id: string } | 'none' | 'ambiguous'> {
  const rows: CandidateRow[] = await manager.query('SELECT id, message_key, provider_message_id FROM mail_outbox WHERE message_key LIKE ?', [tag]);
  const candidates = rows.filter((row) => outboxKeyTag(row.message_key) === tag);
  const matches = candidates.length > 1 ? candidates.filter((row) => row.provider_message_id === providerMessageId) : candidates;
  const [match, ...others] = matches;
  if (!match) {
    return candidates.length > 1 ? 'ambiguous' : 'none';
  }
  return others.length > 0 ? 'ambiguous' : { id: String(match.id) };
}
