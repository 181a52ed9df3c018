import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A staff note on a reservation; append-only. */
@Entity({ name: 'reservation_notes' })
export class ReservationNoteEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @Column({ name: 'reservation_id', type: 'char', length: 36 })
  reservationId!: string;

  @Column({ name: 'property_id', type: 'char', length: 36 })
  propertyId!: string;

  /** The staff member's id, as the audit trail names actors. */
  @Column({ type: 'varchar', length: 64 })
  author!: string;

  @Column({ type: 'varchar', length: 2000 })
  body!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 6 })
  createdAt!: Date;
}
