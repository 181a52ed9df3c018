import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What took the night: a hold or booking, or a closure (the unit is out of order). */
export type UnitNightClaimKind = 'reservation' | 'closure';

/** One row per taken unit-night: the primary key is what makes overbooking impossible. */
@Entity({ name: 'unit_nights' })
export class UnitNightEntity {
  @PrimaryColumn({ name: 'unit_id', type: 'char', length: 36 })
  unitId!: string;

  @PrimaryColumn({ type: 'date' })
  night!: string;

  @Column({ name: 'property_id', type: 'char', length: 36 })
  propertyId!: string;

  /** The claimant: a reservation's id, or a closure's when `claimKind` is 'closure'. */
  @Column({ name: 'reservation_id', type: 'char', length: 36 })
  reservationId!: string;

  /** Set while held; NULL once booked. A past value means the hold lapsed and blocks nobody. */
  @Column({ name: 'hold_expires_at', type: 'datetime', precision: 6, nullable: true })
  holdExpiresAt!: Date | null;

  @Column({ name: 'claim_kind', type: 'varchar', length: 16, default: 'reservation' })
  claimKind!: UnitNightClaimKind;
}
