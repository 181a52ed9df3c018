import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'properties' })
export class PropertyEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;
}
