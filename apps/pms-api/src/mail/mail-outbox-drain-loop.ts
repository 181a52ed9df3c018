import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
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
  private readonly logger = new Logger('MailOutbox');
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly drainer: MailOutboxDrainer,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.PD_MAIL_DRAIN_INTERVAL_MS);
    // Never the reason the process stays alive.
    this.timer.unref();
  }

  /** Stops the timer and waits for a pass in progress, before the database pool closes. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.pass;
  }

  private tick(): void {
    // A slow pass (SES timing out) is not overlapped by the next one.
    if (this.pass) {
      return;
    }
    this.pass = this.drainer
      .drainUntilIdle()
      .then(() => undefined)
      .catch((error: unknown) => {
        this.logger.warn({ message: 'background mail drain failed', error: String(error) });
      })
      .finally(() => {
        this.pass = undefined;
      });
  }
}
