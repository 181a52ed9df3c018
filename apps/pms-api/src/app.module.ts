import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { CacheModule } from './cache/cache.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { CommonModule } from './common/common.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { FrontDeskModule } from './front-desk/front-desk.module';
import { HealthModule } from './health/health.module';
import { MailDrainModule } from './mail/mail-drain.module';
import { MailEventsModule } from './mail/mail-events.module';
import { MailModule } from './mail/mail.module';
import { OpenApiModule } from './openapi/openapi.module';
import { PlanningModule } from './planning/planning.module';
import { ReservationDeskModule } from './reservation-desk/reservation-desk.module';
import { PropertiesModule } from './properties/properties.module';
import { RealtimeModule } from './realtime/realtime.module';
import { StaffLiveModule } from './realtime/staff-live.module';
import { ReservationsBackgroundModule } from './reservations/reservations-background.module';
import { ReservationsModule } from './reservations/reservations.module';
import { StaffAuthModule } from './staff-auth/staff-auth.module';

/** Shared infrastructure every entry point (HTTP, jobs) needs. */
export function infrastructureModules(config: AppConfig): DynamicModule['imports'] {
  return [ConfigModule.forRoot(config), CommonModule, DatabaseModule, CacheModule, MailModule, RealtimeModule];
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [...(infrastructureModules(config) ?? []), MailDrainModule, MailEventsModule, HealthModule, PropertiesModule, CatalogueModule, ReservationsModule, ReservationsBackgroundModule, StaffAuthModule, PlanningModule, StaffLiveModule, ReservationDeskModule, FrontDeskModule, OpenApiModule] };
  }
}
