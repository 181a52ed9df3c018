import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DatabaseSessions } from '../database/database-sessions';

export interface ReplicaHeartbeat {
  token: string;
  /** Seconds since that beat was written on the primary, by the replica's clock. */
  ageSeconds: number;
}

const HEARTBEAT_ROW = 1;

@Injectable()
export class HealthRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  /** Writes a fresh heartbeat on the primary (so the check also proves it accepts writes). */
  async beatOnPrimary(): Promise<string> {
    const token = randomUUID();
    await this.sessions.onServer('primary', async (manager) => {
      await manager.query(
        `INSERT INTO health_heartbeat (id, token, beat_at) VALUES (?, ?, NOW(6))
         ON DUPLICATE KEY UPDATE token = VALUES(token), beat_at = VALUES(beat_at)`,
        [HEARTBEAT_ROW, token],
      );
    });
    return token;
  }

  /** Reads the replica's copy of the heartbeat; null when none has replicated yet. */
  async heartbeatOnReplica(): Promise<ReplicaHeartbeat | null> {
    return this.sessions.onServer('replica', async (manager) => {
      const rows: { token: string; age_us: string | number }[] = await manager.query(
        'SELECT token, TIMESTAMPDIFF(MICROSECOND, beat_at, NOW(6)) AS age_us FROM health_heartbeat WHERE id = ?',
        [HEARTBEAT_ROW],
      );
      const row = rows[0];
      return row ? { token: row.token, ageSeconds: Math.max(0, Number(row.age_us) / 1e6) } : null;
    });
  }
}
