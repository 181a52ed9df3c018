import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DatabaseSessions } from '../database/database-sessions';
import { StaffUserEntity } from './staff-user.entity';
import type { StaffUser } from './staff-user';

function toStaffUser(entity: StaffUserEntity): StaffUser {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    passwordHash: entity.passwordHash,
    sessionGeneration: entity.sessionGeneration,
  };
}

/**
 * Staff users. Every read is on the primary: sign-in must see a password set a moment
 * ago, and a session check must see a revocation at once on every instance (a replica
 * could let a revoked session through for as long as it lags).
 */
@Injectable()
export class StaffAuthRepository {
  constructor(private readonly sessions: DatabaseSessions) {}

  async findByEmail(email: string): Promise<StaffUser | null> {
    return this.sessions.read('primary', async (manager) => {
      const row = await manager.findOneBy(StaffUserEntity, { email });
      return row ? toStaffUser(row) : null;
    });
  }

  async findById(id: string): Promise<StaffUser | null> {
    return this.sessions.read('primary', async (manager) => {
      const row = await manager.findOneBy(StaffUserEntity, { id });
      return row ? toStaffUser(row) : null;
    });
  }

  /**
   * Creates the user, or updates name, role and password of the one with that e-mail
   * address. An update revokes that user's sessions: it is a password reset.
   */
  async upsertByEmail(user: Pick<StaffUser, 'email' | 'name' | 'role' | 'passwordHash'>, id: string = randomUUID()): Promise<StaffUser> {
    return this.sessions.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO staff_users (id, email, name, role, password_hash) VALUES (?, ?, ?, ?, ?)
         ON DUPLICATE KEY UPDATE name = VALUES(name), role = VALUES(role), password_hash = VALUES(password_hash),
           session_generation = session_generation + 1`,
        [id, user.email, user.name, user.role, user.passwordHash],
      );
      return toStaffUser(await manager.findOneByOrFail(StaffUserEntity, { email: user.email }));
    });
  }

  /** Stores a rehash of the same password (stronger parameters); sessions stay valid. */
  async replacePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.sessions.transaction(async (manager) => {
      await manager.update(StaffUserEntity, { id }, { passwordHash });
    });
  }

  /** Revokes every session of the user; false when there is no such user. */
  async bumpSessionGeneration(id: string): Promise<boolean> {
    return this.sessions.transaction(async (manager) => {
      const result = await manager.increment(StaffUserEntity, { id }, 'sessionGeneration', 1);
      return (result.affected ?? 0) > 0;
    });
  }
}
