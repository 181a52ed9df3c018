import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (value: number) => value, from: Number };

/** What the guest owes, line by line; written once, when the booking is confirmed. */
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
}
