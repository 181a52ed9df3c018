import { Global, Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { APP_CONFIG } from '../config/app-config';
import { MailOutboxDrainer } from './mail-outbox-drainer';
import { MailOutbox, MailOutboxRepository } from './mail-outbox.repository';
import { SES_CLIENT, createSesClient } from './ses-client';

export { SES_CLIENT } from './ses-client';

/**
 * Transactional mail: use cases enqueue into the outbox (MailOutbox) inside their own
 * transaction; MailOutboxDrainer sends. The HTTP app drains in the background
 * (MailDrainModule); the `drain-mail-outbox` job drains on a schedule.
 */
@Global()
@Module({
  providers: [
    { provide: SES_CLIENT, inject: [APP_CONFIG], useFactory: createSesClient },
    MailOutbox,
    MailOutboxRepository,
    MailOutboxDrainer,
  ],
  exports: [SES_CLIENT, MailOutbox, MailOutboxDrainer],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(SES_CLIENT) private readonly ses: SESv2Client) {}

  onApplicationShutdown(): void {
    this.ses.destroy();
  }
}
