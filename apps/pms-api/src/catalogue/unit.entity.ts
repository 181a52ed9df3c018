import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MapShape, UnitAttributes } from '@pitchdesk/domain';

@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'property_id', type: 'char', length: 36 })
  propertyId!: string;

  @Column({ name: 'unit_type_id', type: 'char', length: 36 })
  unitTypeId!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'json' })
  attributes!: UnitAttributes;

  @Column({ type: 'json' })
  map!: MapShape;
}
