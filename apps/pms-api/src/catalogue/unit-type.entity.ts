import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText, UnitKind } from '@pitchdesk/domain';

@Entity({ name: 'unit_types' })
export class UnitTypeEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'property_id', type: 'char', length: 36 })
  propertyId!: string;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: UnitKind;

  @Column({ type: 'json' })
  name!: LocalizedText;

  @Column({ type: 'json' })
  description!: LocalizedText;

  @Column({ name: 'max_guests', type: 'smallint', unsigned: true })
  maxGuests!: number;

  @Column({ name: 'sort_order', type: 'smallint' })
  sortOrder!: number;
}
