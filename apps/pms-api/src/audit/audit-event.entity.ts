import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, and when; append-only, written in the change's own transaction. */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @Column({ name: 'property_id', type: 'char', length: 36, nullable: true })
  propertyId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  actor!: string;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64 })
  subjectId!: string;

  @Column({ name: 'before_state', type: 'json', nullable: true })
  beforeState!: unknown;

  @Column({ name: 'after_state', type: 'json', nullable: true })
  afterState!: unknown;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 6 })
  occurredAt!: Date;
}
