import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A unit out of order for [startsOn, endsOn); its nights are unit_nights rows of kind 'closure'. */
@Entity({ name: 'unit_closures' })
export class UnitClosureEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'property_id', type: 'char', length: 36 })
  propertyId!: string;

  @Column({ name: 'unit_id', type: 'char', length: 36 })
  unitId!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 6 })
  createdAt!: Date;

  @Column({ name: 'reopened_by', type: 'varchar', length: 64, nullable: true })
  reopenedBy!: string | null;

  @Column({ name: 'reopened_at', type: 'datetime', precision: 6, nullable: true })
  reopenedAt!: Date | null;
}
