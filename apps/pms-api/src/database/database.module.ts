import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { DatabaseSessions } from './database-sessions';
import { replicatedDataSourceOptions } from './data-source-options';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...replicatedDataSourceOptions(config),
        // Fail fast at start with the real error instead of retrying silently for minutes.
        retryAttempts: 0,
      }),
    }),
  ],
  providers: [DatabaseSessions],
  exports: [DatabaseSessions],
})
export class DatabaseModule {}
