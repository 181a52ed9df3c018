import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DeliveryStatus } from './ses-event';

export type MailOutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** One transactional mail; written with the booking, sent by MailOutboxDrainer. Times are UTC. */
@Entity({ name: 'mail_outbox' })
export class MailOutboxEntity {
  // BIGINT comes back from mysql2 as a string; it is only ever an opaque key here.
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @Column({ name: 'message_key', type: 'varchar', length: 191, unique: true })
  messageKey!: string;

  @Column({ type: 'varchar', length: 320 })
  recipient!: string;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  @Column({ name: 'text_body', type: 'mediumtext' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'mediumtext' })
  htmlBody!: string;

  @Column({ type: 'enum', enum: ['pending', 'sending', 'sent', 'failed'], default: 'pending' })
  status!: MailOutboxStatus;

  @Column({ type: 'smallint', unsigned: true, default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 6 })
  nextAttemptAt!: Date;

  @Column({ name: 'claimed_until', type: 'datetime', precision: 6, nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'claim_token', type: 'char', length: 36, nullable: true })
  claimToken!: string | null;

  @Column({ name: 'sent_at', type: 'datetime', precision: 6, nullable: true })
  sentAt!: Date | null;

  // last_error is no longer mapped: release 2026.12.0 stopped using it (deprecations/2026.12.0.json).
  /** The last send error in full. */
  @Column({ name: 'last_send_error', type: 'text', nullable: true })
  lastSendError!: string | null;

  @Column({ name: 'provider_message_id', type: 'varchar', length: 255, nullable: true })
  providerMessageId!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 6 })
  createdAt!: Date;

  /** What SES reported for the sent mail (its SNS events); NULL until it reports. */
  @Column({ name: 'delivery_status', type: 'enum', enum: ['delivered', 'bounced', 'complained', 'rejected'], nullable: true })
  deliveryStatus!: DeliveryStatus | null;

  @Column({ name: 'delivery_detail', type: 'text', nullable: true })
  deliveryDetail!: string | null;

  /** When SES saw the reported event (UTC). */
  @Column({ name: 'delivery_event_at', type: 'datetime', precision: 6, nullable: true })
  deliveryEventAt!: Date | null;
}
