import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The stay's registration as a whole: family or group, and who saved it last. */
@Entity({ name: 'guest_registrations' })
export class GuestRegistrationEntity {
  @PrimaryColumn({ name: 'reservation_id', type: 'char', length: 36 })
  reservationId!: string;

  @Column({ name: 'property_id', type: 'char', length: 36 })
  propertyId!: string;

  @Column({ name: 'group_kind', type: 'varchar', length: 8, nullable: true })
  groupKind!: string | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 64 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'datetime', precision: 6 })
  updatedAt!: Date;
}

/**
 * One registered guest (personal data: see the migration's retention note). Every field
 * is nullable because a draft may be incomplete; check-in needs the police report's set.
 */
@Entity({ name: 'registration_guests' })
export class RegistrationGuestEntity {
  @PrimaryColumn({ name: 'reservation_id', type: 'char', length: 36 })
  reservationId!: string;

  /** 0: the head of the family or group. */
  @PrimaryColumn({ type: 'smallint', unsigned: true })
  position!: number;

  @Column({ type: 'varchar', length: 50, nullable: true })
  surname!: string | null;

  @Column({ name: 'given_name', type: 'varchar', length: 30, nullable: true })
  givenName!: string | null;

  @Column({ type: 'char', length: 1, nullable: true })
  sex!: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ name: 'birth_country', type: 'char', length: 2, nullable: true })
  birthCountry!: string | null;

  @Column({ name: 'birth_comune', type: 'varchar', length: 100, nullable: true })
  birthComune!: string | null;

  @Column({ name: 'birth_province', type: 'char', length: 2, nullable: true })
  birthProvince!: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  citizenship!: string | null;

  @Column({ name: 'document_type', type: 'varchar', length: 5, nullable: true })
  documentType!: string | null;

  @Column({ name: 'document_number', type: 'varchar', length: 20, nullable: true })
  documentNumber!: string | null;

  @Column({ name: 'document_issue_country', type: 'char', length: 2, nullable: true })
  documentIssueCountry!: string | null;

  @Column({ name: 'document_issue_comune', type: 'varchar', length: 100, nullable: true })
  documentIssueComune!: string | null;
}
