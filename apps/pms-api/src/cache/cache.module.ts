import { Global, Inject, Module } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import memjs from 'memjs';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

export const MEMCACHED = Symbol('MEMCACHED');
export type MemcachedClient = memjs.Client;

/** Memcached holds what instances share for a short time (staff sessions, caches). */
@Global()
@Module({
  providers: [
    {
      provide: MEMCACHED,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): MemcachedClient =>
        memjs.Client.create(config.PD_MEMCACHED_SERVERS, {
          timeout: config.PD_DEPENDENCY_TIMEOUT_MS / 1000,
          // Fail fast and let the caller decide; a retry loop here would stall requests.
          retries: 0,
          keepAlive: true,
          // memjs logs every socket error to the console by default; health reports them.
          logger: { log: () => undefined },
        }),
    },
  ],
  exports: [MEMCACHED],
})
export class CacheModule implements OnApplicationShutdown {
  constructor(@Inject(MEMCACHED) private readonly memcached: MemcachedClient) {}

  onApplicationShutdown(): void {
    this.memcached.close();
  }
}
