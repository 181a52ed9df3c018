import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Written on the primary by each health check; its replicated copy measures replica lag. */
@Entity({ name: 'health_heartbeat' })
export class HealthHeartbeatEntity {
  @PrimaryColumn({ type: 'tinyint', unsigned: true })
  id!: number;

  @Column({ type: 'char', length: 36 })
  token!: string;

  @Column({ name: 'beat_at', type: 'datetime', precision: 6 })
  beatAt!: Date;
}
