import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { CacheModule } from './cache/cache.module';
import { CommonModule } from './common/common.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { PropertiesModule } from './properties/properties.module';

/** Shared infrastructure every entry point (HTTP, jobs) needs. */
export function infrastructureModules(config: AppConfig): DynamicModule['imports'] {
  return [ConfigModule.forRoot(config), CommonModule, DatabaseModule, CacheModule, MailModule];
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [...(infrastructureModules(config) ?? []), HealthModule, PropertiesModule] };
  }
}
