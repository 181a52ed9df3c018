import { Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';

/** Who changed what, and when: one append-only trail for every staff-facing context. */
@Module({
  providers: [AuditRepository],
  exports: [AuditRepository],
})
export class AuditModule {}
