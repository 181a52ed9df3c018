import { Inject, Injectable } from '@nestjs/common';
import { GetAccountCommand } from '@aws-sdk/client-sesv2';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { MEMCACHED } from '../cache/cache.module';
import type { MemcachedClient } from '../cache/cache.module';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { SES_CLIENT } from '../mail/mail.module';

/** Probes for the non-database dependencies; each throws with the reason when it is down. */
@Injectable()
export class DependencyProbes {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEMCACHED) private readonly memcachedClient: MemcachedClient,
    @Inject(SES_CLIENT) private readonly sesClient: SESv2Client,
  ) {}

  async memcached(): Promise<void> {
    // A write, not just a connect: a full or read-only cache is not a working one.
    await this.memcachedClient.set('pitchdesk:health', String(Date.now()), { expires: 30 });
  }

  async hub(): Promise<void> {
    // The official hub and our local one both answer /healthz next to /.well-known/mercure.
    const url = new URL('/healthz', this.config.PD_HUB_URL);
    const response = await fetch(url, { signal: AbortSignal.timeout(this.config.PD_DEPENDENCY_TIMEOUT_MS) });
    if (!response.ok) {
      throw new Error(`hub answered ${response.status}`);
    }
  }

  async mail(): Promise<void> {
    const account = await this.sesClient.send(new GetAccountCommand({}));
    if (account.SendingEnabled === false) {
      throw new Error('SES sending is disabled for this account');
    }
  }
}
