import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { BackgroundLoop } from '../common/background-loop';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { MailOutboxDrainer } from './mail-outbox-drainer';

/**
 * Drains the outbox every PD_MAIL_DRAIN_INTERVAL_MS in each HTTP instance, so a booking's
 * mail leaves within seconds. Every instance may run it: claims use SKIP LOCKED, so
 * instances split the work instead of sending twice. Nothing is lost when an instance
 * dies: what it had claimed falls due again when the claim's lease ends.
 */
@Injectable()
export class MailOutboxDrainLoop implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: BackgroundLoop;

  constructor(@Inject(APP_CONFIG) config: AppConfig, drainer: MailOutboxDrainer) {
    this.loop = new BackgroundLoop('MailOutbox', config.PD_MAIL_DRAIN_INTERVAL_MS, () => drainer.drainUntilIdle());
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Before the database pool closes: stops the timer and waits for a pass in progress. */
  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }
}
