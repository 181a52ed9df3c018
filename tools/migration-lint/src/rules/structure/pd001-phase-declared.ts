import type { Rule } from '../rule.ts';

export const phaseDeclared: Rule = {
  id: 'PD001',
  title: "every migration declares readonly phase = 'expand' | 'contract'",
  scope: 'migration',
  check({ recorded, locator, migration }) {
    if (recorded.classNames.length === 0 || recorded.phase === 'expand' || recorded.phase === 'contract') {
      return [];
    }
    const line = locator.memberLine(migration.className, 'phase') ?? locator.classLine(migration.className);
    return [
      {
        line,
        message: `phase is ${JSON.stringify(recorded.phase) ?? 'missing'}: declare readonly phase = 'expand' (additive, runs before the new code) or 'contract' (destructive, a release after the code stopped using what it drops)`,
      },
    ];
  },
};
