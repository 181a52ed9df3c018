import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseSessions } from '../../src/database/database-sessions';
import { JobsModule } from '../../src/jobs/jobs.module';
import { MailOutbox, MailOutboxRepository } from '../../src/mail/mail-outbox.repository';
import { workerConfig } from './support/test-database';

// Release 2026.12.0 of the worked example (docs/zero-downtime-example.md): the send error
// lives in last_send_error only, and nothing writes last_error any more, so the contract
// step of the next release may drop it. (That release drops the last_error checks here.)

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };
const run = randomUUID().slice(0, 8);

interface Columns {
  last_error: string | null;
  last_send_error: string | null;
}

describe('mail_outbox.last_send_error, once last_error is unused', () => {
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

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(JobsModule.forRoot(await workerConfig()), { logger: silent });
    sessions = app.get(DatabaseSessions);
    rows = app.get(MailOutboxRepository);
  });

  afterAll(async () => {
    await app.close();
  });

  it('keeps a send error past 1000 characters in full, and never writes last_error', async () => {
    const mail = await enqueue('retry');
    const error = `Throttling: ${'SES said no because '.repeat(90)}end`;
    expect(error.length).toBeGreaterThan(1000);
    await claim(mail.id, 'token-retry');
    expect(await rows.scheduleRetry(mail.id, 'token-retry', 60_000, error)).toBe(true);
    expect(await columns(mail.id)).toEqual({ last_error: null, last_send_error: error });
    expect((await rows.findByKey('primary', mail.key))?.lastError).toBe(error);

    await claim(mail.id, 'token-fail');
    expect(await rows.markFailed(mail.id, 'token-fail', 'MessageRejected: address blocked')).toBe(true);
    expect(await columns(mail.id)).toEqual({ last_error: null, last_send_error: 'MessageRejected: address blocked' });
  });

  it('clears the send error when the mail is sent, and leaves last_error as it was', async () => {
    const mail = await enqueue('sent');
    await sessions.transaction((manager) =>
      manager.query(`UPDATE mail_outbox SET last_error = 'left by release N-2', last_send_error = 'earlier failure' WHERE id = ?`, [mail.id]),
    );
    await claim(mail.id, 'token-sent');
    expect(await rows.markSent(mail.id, 'token-sent', 'ses-message-1')).toBe(true);
    expect(await columns(mail.id)).toEqual({ last_error: 'left by release N-2', last_send_error: null });
  });
});
