import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { json } from '../common/json-column';

/** One change, as the audit trail records it. `before`/`after`: the subject's relevant fields. */
export interface AuditEvent {
  readonly propertyId: string | null;
  /** A staff user's id, or 'system' / 'unknown' where no person acted. */
  readonly actor: string;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface RecordedAuditEvent extends AuditEvent {
  readonly id: string;
  readonly occurredAt: Date;
}

interface AuditRow {
  id: string;
  property_id: string | null;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  before_state: unknown;
  after_state: unknown;
  occurred_at: Date;
}

/** The audit trail: appended in the transaction of the change it describes, read back per subject. */
@Injectable()
export class AuditRepository {
  /** Appends an event in the caller's transaction: it commits or rolls back with the change. */
  async record(manager: EntityManager, event: AuditEvent): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (property_id, actor, action, subject_type, subject_id, before_state, after_state, occurred_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))`,
      [
        event.propertyId,
        event.actor,
        event.action,
        event.subjectType,
        event.subjectId,
        event.before === null ? null : JSON.stringify(event.before),
        event.after === null ? null : JSON.stringify(event.after),
      ],
    );
  }

  /**
   * A subject's history, oldest first, on the caller's connection (the primary: staff look
   * at the trail right after changing something, and a lagging replica would hide it).
   */
  async historyOf(manager: EntityManager, subjectType: string, subjectId: string): Promise<RecordedAuditEvent[]> {
    const rows: AuditRow[] = await manager.query(
      `SELECT id, property_id, actor, action, subject_type, subject_id, before_state, after_state, occurred_at
         FROM audit_events WHERE subject_type = ? AND subject_id = ? ORDER BY occurred_at, id`,
      [subjectType, subjectId],
    );
    return rows.map((row) => ({
      id: String(row.id),
      propertyId: row.property_id,
      actor: row.actor,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      before: json(row.before_state),
      after: json(row.after_state),
      occurredAt: row.occurred_at,
    }));
  }
}
