import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { PropertiesModule } from '../properties/properties.module';
import { ReservationsModule } from '../reservations/reservations.module';
import { StaffAccountsModule } from '../staff-auth/staff-accounts.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [PropertiesModule, CatalogueModule, ReservationsModule, StaffAccountsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
