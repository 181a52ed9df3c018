import type { INestApplicationContext } from '@nestjs/common';
import { BackfillRunner } from './backfill/backfill-runner';
import type { KeysetBackfill } from './backfill/keyset-backfill';
import type { Job } from './job';

/**
 * Release 2026.11.1 writes a send error to both last_error and last_send_error; rows
 * that release N-1 wrote (before or during the rollout) have it in last_error only, or
 * have a stale last_send_error after N-1 cleared or replaced last_error. Code writing both
 * keeps last_error = LEFT(last_send_error, 1000), so any row where that does not hold (byte
 * for byte: the column collation ignores case) was last written by N-1, whose last_error
 * is the truth. Run once every task runs 2026.11.1.
 */
export const mailOutboxLastSendErrorBackfill: KeysetBackfill = {
  name: 'mail-outbox-last-send-error',
  table: 'mail_outbox',
  updateBatch: `UPDATE mail_outbox SET last_send_error = last_error
                 WHERE id > ? AND id <= ?
                   AND NOT (CAST(LEFT(last_send_error, 1000) AS BINARY) <=> CAST(last_error AS BINARY))`,
};

export const backfillMailOutboxLastSendErrorJob: Job = {
  name: 'backfill-mail-outbox-last-send-error',
  description: 'Copy send errors that release N-1 wrote into mail_outbox.last_send_error (resumable; rerun until finished)',
  async run(app: INestApplicationContext): Promise<void> {
    await app.get(BackfillRunner).run(mailOutboxLastSendErrorBackfill, { pauseMs: 50 });
  },
};
