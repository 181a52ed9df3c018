import type { AuditEntry } from '@pitchdesk/contracts';

/** One field an audit event changed, as text a person reads. */
export interface AuditChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

const shown = (value: unknown): string => {
  if (value === undefined || value === null) {
    return '—';
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
};

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * What an event changed: every field of `after` whose value differs from `before` (a
 * creation or note lists its fields as they were set). The quote itself is left out: its
 * total says what matters, and its lines would drown the rest.
 */
export function auditChanges(entry: Pick<AuditEntry, 'before' | 'after'>): AuditChange[] {
  const before = record(entry.before);
  const after = record(entry.after);
  return Object.keys(after)
    .filter((field) => field !== 'quote' && JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: shown(before[field]), after: shown(after[field]) }));
}
