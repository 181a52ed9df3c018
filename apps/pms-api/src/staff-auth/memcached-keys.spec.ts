import { describe, expect, it } from 'vitest';
import { staffKeyPrefix } from './memcached-keys';

describe('staffKeyPrefix', () => {
  it.each([
    ['mysql://app:pw@127.0.0.1:28113/pitchdesk', 'pd:pitchdesk:staff'],
    ['mysql://app:pw@127.0.0.1:28113/pd_auth_1', 'pd:pd_auth_1:staff'],
    ['mysql://app:pw@127.0.0.1:28113/', 'pd:default:staff'],
    // Memcached keys may not contain spaces or control characters.
    ['mysql://app:pw@127.0.0.1:28113/odd%20name', 'pd:odd_name:staff'],
  ])('for %s is %s', (url, prefix) => {
    expect(staffKeyPrefix({ PD_DB_PRIMARY_URL: url })).toBe(prefix);
  });
});
