import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When and by whom a stay was checked in and out, and why a check-out left a balance open. */
@Entity({ name: 'stay_check_times' })
export class StayCheckTimeEntity {
  @PrimaryColumn({ name: 'reservation_id', type: 'char', length: 36 })
  reservationId!: string;

  @Column({ name: 'checked_in_at', type: 'datetime', precision: 6, nullable: true })
  checkedInAt!: Date | null;

  @Column({ name: 'checked_in_by', type: 'varchar', length: 64, nullable: true })
  checkedInBy!: string | null;

  @Column({ name: 'checked_out_at', type: 'datetime', precision: 6, nullable: true })
  checkedOutAt!: Date | null;

  @Column({ name: 'checked_out_by', type: 'varchar', length: 64, nullable: true })
  checkedOutBy!: string | null;

  @Column({ name: 'open_balance_reason', type: 'varchar', length: 500, nullable: true })
  openBalanceReason!: string | null;
}
