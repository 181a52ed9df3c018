import { randomBytes } from 'node:crypto';
import type { Guest } from './booking-api';

/**
 * A guest with an e-mail address no other test or run uses: the SES store keeps every
 * mail, so a mail found for this address belongs to this test run.
 */
export function uniqueGuest(tag: string, country = 'IT'): Guest {
  const suffix = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  return { firstName: 'Giulia', lastName: `Test ${tag}`, email: `e2e-${tag}-${suffix}@example.com`, country };
}
