import { Module } from '@nestjs/common';
import { PropertiesModule } from '../properties/properties.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { StaffLiveController } from './staff-live.controller';

/**
 * The staff side of realtime: subscriber tokens for the private staff topics. Apart from
 * RealtimeModule, which jobs load too and which must not pull in staff sign-in.
 */
@Module({ imports: [PropertiesModule, StaffAuthModule], controllers: [StaffLiveController] })
export class StaffLiveModule {}
