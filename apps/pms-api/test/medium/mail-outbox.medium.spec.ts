import { randomUUID } from 'node:crypto';
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/config/app-config';
import { DatabaseSessions } from '../../src/database/database-sessions';
import { createHttpApp } from '../../src/http-app';
import { findJob } from '../../src/jobs/job-registry';
import { JobsModule } from '../../src/jobs/jobs.module';
import { MailOutboxDrainer } from '../../src/mail/mail-outbox-drainer';
import { MailOutbox, MailOutboxRepository } from '../../src/mail/mail-outbox.repository';
import type { OutboxMail } from '../../src/mail/mail-outbox.repository';
import { startService, stopService } from './support/stack';
import { eventually, workerConfig } from './support/test-database';

interface Captured {
  level: 'log' | 'warn' | 'error';
  message: string;
}

function captureLogs(into: Captured[]): LoggerService {
  const keep = (level: Captured['level']) => (message: unknown) => into.push({ level, message: JSON.stringify(message) });
  return { log: keep('log'), warn: keep('warn'), error: keep('error') };
}

interface StoredMail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
}

// Every test uses its own recipients and keys, so other rows in the shared store and
// database never matter, and the SES store is never cleared under someone else's test.
const run = randomUUID().slice(0, 8);
let serial = 0;
function aMail(label: string): OutboxMail {
  serial += 1;
  return {
    key: `test-${label}:${run}-${serial}`,
    to: `guest+${run}-${serial}@example.com`,
    subject: `Prenotazione confermata ${run}-${serial}`,
    text: `Gentile ospite, ${label}`,
    html: `<p>Gentile ospite, ${label}</p>`,
  };
}

describe('mail outbox on the real database and SES endpoint', () => {
  const logs: Captured[] = [];
  let config: AppConfig;
  let app: INestApplicationContext;
  let sessions: DatabaseSessions;
  let outbox: MailOutbox;
  let drainer: MailOutboxDrainer;
  let rows: MailOutboxRepository;

  const sentTo = async (address: string): Promise<StoredMail[]> => {
    const response = await fetch(`${config.PD_SES_ENDPOINT ?? ''}/store`);
    const store = (await response.json()) as { emails: StoredMail[] };
    return store.emails.filter((mail) => mail.destination.to.includes(address));
  };
  const enqueueCommitted = async (...mails: OutboxMail[]): Promise<void> => {
    await sessions.transaction(async (manager) => {
      for (const mail of mails) {
        await outbox.enqueue(manager, mail);
      }
    });
  };
  const state = async (key: string) => rows.findByKey('primary', key);

  beforeAll(async () => {
    // Retries within seconds, so a test can wait for one.
    config = await workerConfig({ PD_MAIL_RETRY_BASE_MS: '2000', PD_MAIL_RETRY_MAX_MS: '3000' });
    app = await NestFactory.createApplicationContext(JobsModule.forRoot(config), { logger: captureLogs(logs) });
    sessions = app.get(DatabaseSessions);
    outbox = app.get(MailOutbox);
    drainer = app.get(MailOutboxDrainer);
    rows = app.get(MailOutboxRepository);
  });

  afterAll(async () => {
    await startService('ses');
    await app.close();
  });

  describe('enqueue', () => {
    it('writes in the caller’s transaction: a rolled-back booking leaves no mail', async () => {
      const mail = aMail('rolled-back');
      await expect(
        sessions.transaction(async (manager) => {
          await outbox.enqueue(manager, mail);
          throw new Error('the booking failed after the mail was enqueued');
        }),
      ).rejects.toThrow('the booking failed');
      expect(await state(mail.key)).toBeNull();

      await enqueueCommitted(mail);
      expect(await state(mail.key)).toMatchObject({ status: 'pending', attempts: 0 });
    });

    it('refuses to write outside a transaction, where the mail could outlive a failed booking', async () => {
      const mail = aMail('no-transaction');
      await expect(sessions.read('primary', (manager) => outbox.enqueue(manager, mail))).rejects.toThrow(/inside the caller/);
      expect(await state(mail.key)).toBeNull();
    });

    it('keeps one row per key, the first one, however often it is enqueued', async () => {
      const mail = aMail('twice');
      await enqueueCommitted(mail, { ...mail, subject: 'second, same transaction' });
      await enqueueCommitted({ ...mail, subject: 'third, later transaction' });
      const [counted] = await sessions.read('primary', (manager) =>
        manager.query('SELECT COUNT(*) AS n, MAX(subject) AS subject FROM mail_outbox WHERE message_key = ?', [mail.key]),
      );
      expect(counted).toEqual({ n: '1', subject: mail.subject });
    });
  });

  describe('drainOnce', () => {
    it('sends a due mail once, with the provider’s message id recorded', async () => {
      const mail = aMail('happy');
      await enqueueCommitted(mail);
      const report = await drainer.drainOnce(100);
      expect(report.sent).toBeGreaterThanOrEqual(1);

      const delivered = await sentTo(mail.to);
      expect(delivered).toHaveLength(1);
      expect(delivered[0]).toMatchObject({ from: config.PD_MAIL_FROM, subject: mail.subject, body: { text: mail.text, html: mail.html } });
      expect(await state(mail.key)).toMatchObject({ status: 'sent', attempts: 1, providerMessageId: delivered[0]?.messageId });

      await drainer.drainOnce(100);
      expect(await sentTo(mail.to)).toHaveLength(1);
    });

    it('keeps the mail while SES is down, retries with backoff, and sends it once when SES is back', async () => {
      const mail = aMail('outage');
      const lastChance = aMail('last-chance');
      await enqueueCommitted(mail, lastChance);
      // As if nine attempts had failed before: this one is the last.
      await sessions.transaction((manager) =>
        manager.query('UPDATE mail_outbox SET attempts = ? WHERE message_key = ?', [config.PD_MAIL_MAX_ATTEMPTS - 1, lastChance.key]),
      );
      await stopService('ses');

      const report = await drainer.drainOnce(100);
      expect(report.retrying).toBeGreaterThanOrEqual(1);
      const failedOnce = await state(mail.key);
      expect(failedOnce).toMatchObject({ status: 'pending', attempts: 1 });
      expect(failedOnce?.lastError).toBeTruthy();
      // Backoff with jitter: due again between half and all of the 2 s base from now.
      expect(failedOnce?.dueInMs).toBeGreaterThan(500);
      expect(logs.some((entry) => entry.level === 'warn' && entry.message.includes(mail.key))).toBe(true);

      expect(await state(lastChance.key)).toMatchObject({ status: 'failed', attempts: config.PD_MAIL_MAX_ATTEMPTS });
      expect(logs.some((entry) => entry.level === 'error' && entry.message.includes('mail given up') && entry.message.includes(lastChance.key))).toBe(true);

      // Not due yet: another pass leaves it alone.
      await drainer.drainOnce(100);
      expect(await state(mail.key)).toMatchObject({ status: 'pending', attempts: 1 });

      await startService('ses');
      await eventually('the mail is sent after SES came back', async () => {
        await drainer.drainOnce(100);
        return (await state(mail.key))?.status === 'sent';
      });
      const delivered = await sentTo(mail.to);
      expect(delivered).toHaveLength(1);
      expect(await state(mail.key)).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: delivered[0]?.messageId });
      // A failed mail stays failed: never sent, never claimed again.
      await drainer.drainOnce(100);
      expect(await sentTo(lastChance.to)).toHaveLength(0);
    });

    it('sends again what a crashed drainer had claimed, once its lease has run out', async () => {
      const mail = aMail('crash');
      await enqueueCommitted(mail);
      // A drainer claims everything due with a short lease, then dies before sending.
      const crashed = await rows.claimDue(1_000, 1_500);
      expect(crashed.mails.map((claimed) => claimed.key)).toContain(mail.key);
      expect(await state(mail.key)).toMatchObject({ status: 'sending', attempts: 1 });

      // Still claimed: a live drainer must not take it.
      await drainer.drainOnce(100);
      expect(await sentTo(mail.to)).toHaveLength(0);

      await eventually('the crashed claim is sent by another drainer', async () => {
        await drainer.drainOnce(100);
        return (await state(mail.key))?.status === 'sent';
      });
      expect(await sentTo(mail.to)).toHaveLength(1);
      // The dead drainer's late update cannot touch the row anymore.
      expect(await rows.markFailed(crashed.mails.find((claimed) => claimed.key === mail.key)?.id ?? '', crashed.token, 'late')).toBe(false);
      expect(await state(mail.key)).toMatchObject({ status: 'sent', attempts: 2 });
    });
  });

  describe('two instances draining at once', () => {
    let other: INestApplicationContext;

    beforeAll(async () => {
      // Its own DataSource and connection pool, like a second API task.
      other = await NestFactory.createApplicationContext(JobsModule.forRoot(config), { logger: captureLogs(logs) });
    });

    afterAll(async () => {
      await other.close();
    });

    it('send each mail exactly once', async () => {
      const mails = Array.from({ length: 24 }, () => aMail('race'));
      await enqueueCommitted(...mails);

      const [first, second] = await Promise.all([
        drainer.drainUntilIdle(3),
        other.get(MailOutboxDrainer).drainUntilIdle(3),
      ]);
      expect(first.sent).toBeGreaterThan(0);
      expect(second.sent).toBeGreaterThan(0);
      for (const mail of mails) {
        expect(await sentTo(mail.to), mail.to).toHaveLength(1);
        expect(await state(mail.key)).toMatchObject({ status: 'sent', attempts: 1 });
      }
    });
  });

  it('the drain-mail-outbox job sends what is due and ends', async () => {
    const mail = aMail('job');
    await enqueueCommitted(mail);
    await findJob('drain-mail-outbox')?.run(app);
    expect(await state(mail.key)).toMatchObject({ status: 'sent' });
    expect(await sentTo(mail.to)).toHaveLength(1);
  });

  describe('the HTTP app', () => {
    let http: NestFastifyApplication;

    beforeAll(async () => {
      http = await createHttpApp({ ...config, PD_MAIL_DRAIN_INTERVAL_MS: 200 });
      await http.init();
    });

    afterAll(async () => {
      await http.close();
    });

    it('drains the outbox in the background', async () => {
      const mail = aMail('background');
      await enqueueCommitted(mail);
      await eventually('the background drain sent the mail', async () => (await state(mail.key))?.status === 'sent', 10_000);
      expect(await sentTo(mail.to)).toHaveLength(1);
    });
  });
});
