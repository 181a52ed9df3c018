import type { Rule } from '../rule.ts';

// The runner owns session settings (short lock_wait_timeout with retries); a migration
// that sets foreign_key_checks, sql_mode or timeouts itself bypasses that, and through
// ProxySQL a SET pins the connection for good (ProxySQL multiplexing docs).
export const noSessionVariables: Rule = {
  id: 'PD061',
  title: 'no SET of session or global variables in a migration',
  scope: 'statement',
  check({ statement }) {
    return statement.kind === 'set'
      ? [
          `SET ${statement.variables.join(', ')}: session settings (lock_wait_timeout, foreign_key_checks, sql_mode) belong to the migration runner, and a SET can leak to the next statement on a pooled connection; ask for the setting in the runner, or have it reviewed and override`,
        ]
      : [];
  },
};
