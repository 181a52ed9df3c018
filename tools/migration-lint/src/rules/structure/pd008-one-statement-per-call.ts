import type { Rule } from '../rule.ts';

export const oneStatementPerCall: Rule = {
  id: 'PD008',
  title: 'one SQL statement per query() call (one DDL per step)',
  scope: 'call',
  check({ parsed }) {
    if (!parsed?.ok || parsed.statements.length <= 1) {
      return [];
    }
    return [
      `${parsed.statements.length} statements in one query() call: each DDL commits on its own, so a failure between them leaves a step half applied that no guard describes; give each statement its own query() call and guard`,
    ];
  },
};
