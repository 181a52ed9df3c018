import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseSessions } from '../../src/database/database-sessions';
import { mailOutboxLastSendErrorBackfill } from '../../src/jobs/backfill-mail-outbox-last-send-error.job';
import { findJob } from '../../src/jobs/job-registry';
import { JobsModule } from '../../src/jobs/jobs.module';
import { MailOutbox, MailOutboxRepository } from '../../src/mail/mail-outbox.repository';
import { workerConfig } from './support/test-database';

// Release 2026.11.1 of the worked example (docs/zero-downtime-example.md): the send error
// moves from last_error (cut at 1000) to last_send_error. This file goes with the
// dual-write code and its backfill, in the next release.

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };
const run = randomUUID().slice(0, 8);
const long = (label: string): string => `${label}: ${'SES said no because '.repeat(90)}end`;

interface Columns {
  last_error: string | null;
  last_send_error: string | null;
}

describe('mail_outbox.last_send_error, the expand release', () => {
  let app: INestApplicationContext;
  let sessions: DatabaseSessions;
  let rows: MailOutboxRepository;

  const enqueue = async (label: string): Promise<{ id: string; key: string }> => {
    const key = `test-last-send-error:${run}:${label}`;
    await sessions.transaction((manager) =>
      app.get(MailOutbox).enqueue(manager, { key, to: `guest+${run}@example.com`, subject: label, text: label, html: label }),
    );
    const [row] = (await sessions.read('primary', (manager) => manager.query('SELECT id FROM mail_outbox WHERE message_key = ?', [key]))) as { id: string }[];
    return { id: String(row?.id), key };
  };
  /** As a drainer's claim leaves it, without claiming other tests' rows. */
  const claim = (id: string, token: string): Promise<unknown> =>
    sessions.transaction((manager) => manager.query(`UPDATE mail_outbox SET status = 'sending', claim_token = ? WHERE id = ?`, [token, id]));
  const columns = async (id: string): Promise<Columns> => {
    const [row] = (await sessions.read('primary', (manager) =>
      manager.query('SELECT last_error, last_send_error FROM mail_outbox WHERE id = ?', [id]),
    )) as Columns[];
    return row ?? { last_error: 'missing row', last_send_error: 'missing row' };
  };
  const set = (id: string, values: Columns): Promise<unknown> =>
    sessions.transaction((manager) =>
      manager.query('UPDATE mail_outbox SET last_error = ?, last_send_error = ? WHERE id = ?', [values.last_error, values.last_send_error, id]),
    );

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(JobsModule.forRoot(await workerConfig()), { logger: silent });
    sessions = app.get(DatabaseSessions);
    rows = app.get(MailOutboxRepository);
  });

  afterAll(async () => {
    await app.close();
  });

  it('writes a send error to both columns, cut at 1000 characters only in last_error, and reads the full one', async () => {
    const mail = await enqueue('retry');
    const error = long('Throttling');
    expect(error.length).toBeGreaterThan(1000);
    await claim(mail.id, 'token-retry');
    expect(await rows.scheduleRetry(mail.id, 'token-retry', 60_000, error)).toBe(true);
    expect(await columns(mail.id)).toEqual({ last_error: error.slice(0, 1000), last_send_error: error });
    expect((await rows.findByKey('primary', mail.key))?.lastError).toBe(error);

    await claim(mail.id, 'token-fail');
    expect(await rows.markFailed(mail.id, 'token-fail', 'MessageRejected: address blocked')).toBe(true);
    expect(await columns(mail.id)).toEqual({ last_error: 'MessageRejected: address blocked', last_send_error: 'MessageRejected: address blocked' });
  });

  it('clears both when the mail is sent', async () => {
    const mail = await enqueue('sent');
    await set(mail.id, { last_error: 'earlier failure', last_send_error: 'earlier failure' });
    await claim(mail.id, 'token-sent');
    expect(await rows.markSent(mail.id, 'token-sent', 'ses-message-1')).toBe(true);
    expect(await columns(mail.id)).toEqual({ last_error: null, last_send_error: null });
  });

  it('shows the error of a row that release N-1 failed, which has last_error only', async () => {
    const mail = await enqueue('n-minus-one');
    await set(mail.id, { last_error: 'written by N-1', last_send_error: null });
    expect((await rows.findByKey('primary', mail.key))?.lastError).toBe('written by N-1');
  });

  it('backfills every row N-1 wrote, leaves the ones written here, and resumes as a finished no-op', async () => {
    const full = long('Full');
    const states: Record<string, Columns> = {
      'n-1 failed it': { last_error: 'old only', last_send_error: null },
      'n-1 sent it after we failed it': { last_error: null, last_send_error: 'stale' },
      'n-1 failed it again': { last_error: 'newer by N-1', last_send_error: 'older by us' },
      'n-1 changed only the case': { last_error: 'TIMEOUT', last_send_error: 'timeout' },
      'we wrote a long one': { last_error: full.slice(0, 1000), last_send_error: full },
      'never failed': { last_error: null, last_send_error: null },
    };
    const ids: Record<string, string> = {};
    for (const [label, values] of Object.entries(states)) {
      ids[label] = (await enqueue(`state-${label}`)).id;
      await set(ids[label] ?? '', values);
    }
    await sessions.transaction((manager) => manager.query('DELETE FROM backfill_checkpoints WHERE name = ?', [mailOutboxLastSendErrorBackfill.name]));

    await findJob('backfill-mail-outbox-last-send-error')?.run(app);

    const after = async (label: string): Promise<Columns> => columns(ids[label] ?? '');
    expect(await after('n-1 failed it')).toEqual({ last_error: 'old only', last_send_error: 'old only' });
    expect(await after('n-1 sent it after we failed it')).toEqual({ last_error: null, last_send_error: null });
    expect(await after('n-1 failed it again')).toEqual({ last_error: 'newer by N-1', last_send_error: 'newer by N-1' });
    expect(await after('n-1 changed only the case')).toEqual({ last_error: 'TIMEOUT', last_send_error: 'TIMEOUT' });
    expect(await after('we wrote a long one')).toEqual({ last_error: full.slice(0, 1000), last_send_error: full });
    expect(await after('never failed')).toEqual({ last_error: null, last_send_error: null });

    // Finished: a later run (say, a scheduler's retry) touches nothing, even a row out of step.
    await set(ids['never failed'] ?? '', { last_error: 'after the backfill', last_send_error: null });
    await findJob('backfill-mail-outbox-last-send-error')?.run(app);
    expect(await after('never failed')).toEqual({ last_error: 'after the backfill', last_send_error: null });
  });
});
