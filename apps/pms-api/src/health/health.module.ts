import { Module } from '@nestjs/common';
import { DependencyProbes } from './dependency-probes';
import { HealthController } from './health.controller';
import { HealthRepository } from './health.repository';
import { HealthService } from './health.service';

@Module({
  controllers: [HealthController],
  providers: [HealthService, HealthRepository, DependencyProbes],
})
export class HealthModule {}
