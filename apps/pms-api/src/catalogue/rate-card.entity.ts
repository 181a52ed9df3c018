import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RateCard } from '@pitchdesk/domain';

@Entity({ name: 'rate_cards' })
export class RateCardEntity {
  @PrimaryColumn({ name: 'property_id', type: 'char', length: 36 })
  propertyId!: string;

  @PrimaryColumn({ type: 'int', unsigned: true })
  version!: number;

  @Column({ type: 'json' })
  body!: RateCard;

  @Column({ name: 'created_at', type: 'datetime', precision: 6, insert: false, update: false })
  createdAt!: Date;
}
