import type { StaffMember } from '@pitchdesk/contracts';
import type { StaffRole } from './staff-roles.decorator';

/** A staff user as the staff-auth context works with it (never the entity). */
export interface StaffUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly passwordHash: string;
  /** Sessions made under another generation are revoked. */
  readonly sessionGeneration: number;
}

export function toStaffMember(user: Pick<StaffUser, 'id' | 'name' | 'email' | 'role'>): StaffMember {
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
