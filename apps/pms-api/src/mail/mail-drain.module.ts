import { Module } from '@nestjs/common';
import { MailOutboxDrainLoop } from './mail-outbox-drain-loop';

/** The background outbox drain; imported by the HTTP app only (jobs drain explicitly). */
@Module({ providers: [MailOutboxDrainLoop] })
export class MailDrainModule {}
