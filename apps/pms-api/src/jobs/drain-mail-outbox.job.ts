import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { MailOutboxDrainer } from '../mail/mail-outbox-drainer';
import type { Job } from './job';

/** Sends what is due in the mail outbox, then exits; the API also drains in the background. */
export const drainMailOutboxJob: Job = {
  name: 'drain-mail-outbox',
  description: 'Send the due mails of the outbox (with retries), then exit',
  async run(app: INestApplicationContext): Promise<void> {
    const report = await app.get(MailOutboxDrainer).drainUntilIdle();
    new Logger('drain-mail-outbox').log({ message: 'mail outbox drained', ...report });
  },
};
