import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { infrastructureModules } from '../app.module';
import type { AppConfig } from '../config/app-config';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DemoModule } from '../demo/demo.module';
import { PropertiesModule } from '../properties/properties.module';
import { ReservationsModule } from '../reservations/reservations.module';
import { BackfillModule } from './backfill/backfill.module';

/** What jobs may use: the infrastructure and the contexts' repositories/services, no HTTP. */
@Module({})
export class JobsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: JobsModule, imports: [...(infrastructureModules(config) ?? []), PropertiesModule, CatalogueModule, ReservationsModule, DemoModule, BackfillModule] };
  }
}
