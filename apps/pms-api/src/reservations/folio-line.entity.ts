import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (value: number) => value, from: Number };

/** What the guest owes, line by line: the quote's lines (written when booked, replaced on re-pricing) and lines added at the desk. */
@Entity({ name: 'folio_lines' })
export class FolioLineEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @Column({ name: 'reservation_id', type: 'char', length: 36 })
  reservationId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ name: 'unit_minor', type: 'bigint', transformer: bigintAsNumber })
  unitMinor!: number;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintAsNumber })
  amountMinor!: number;

  /** A desk adjustment's reason (front desk); null on quoted lines. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  description!: string | null;

  /** The staff member who added a desk line; null on quoted lines. */
  @Column({ name: 'created_by', type: 'varchar', length: 64, nullable: true })
  createdBy!: string | null;
}
