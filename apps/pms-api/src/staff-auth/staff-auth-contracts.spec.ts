import { describe, expect, it } from 'vitest';
import { STAFF_AUTH_ERROR_CODES, STAFF_ROLE_NAMES } from '@pitchdesk/contracts';
import { StaffAuthErrorCode } from './staff-auth.errors';
import { STAFF_ROLES } from './staff-roles.decorator';

// The console reads roles and error codes from the contracts; the API declares its own.
describe('what the console is told agrees with what the API does', () => {
  it('has the same roles', () => {
    expect([...STAFF_ROLE_NAMES]).toEqual([...STAFF_ROLES]);
  });

  it('has the same error codes', () => {
    expect([...STAFF_AUTH_ERROR_CODES].sort()).toEqual(Object.values(StaffAuthErrorCode).sort());
  });
});
