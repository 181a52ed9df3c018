import { Column, Entity, PrimaryColumn } from 'typeorm';
import { STAFF_ROLES } from './staff-roles.decorator';
import type { StaffRole } from './staff-roles.decorator';

@Entity({ name: 'staff_users' })
export class StaffUserEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  /** Trimmed and lowercased. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ type: 'enum', enum: [...STAFF_ROLES] })
  role!: StaffRole;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'session_generation', type: 'int', unsigned: true, default: 0 })
  sessionGeneration!: number;
}
