import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { BackgroundLoop } from '../common/background-loop';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { HoldExpiryService } from './hold-expiry.service';

/** In the HTTP app: lapsed holds are announced within seconds, on whichever instance gets there first. */
@Injectable()
export class HoldExpiryLoop implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: BackgroundLoop;

  constructor(@Inject(APP_CONFIG) config: AppConfig, expiry: HoldExpiryService) {
    this.loop = new BackgroundLoop('HoldExpiry', config.PD_HOLD_SWEEP_INTERVAL_MS, () => expiry.sweep());
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }
}
