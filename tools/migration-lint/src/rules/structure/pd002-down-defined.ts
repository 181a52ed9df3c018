import type { Rule } from '../rule.ts';

export const downDefined: Rule = {
  id: 'PD002',
  title: 'every migration defines down()',
  scope: 'migration',
  check({ recorded, locator, migration }) {
    if (recorded.classNames.length === 0 || recorded.hasDown) {
      return [];
    }
    return [
      {
        line: locator.classLine(migration.className),
        message:
          'no down(): write the statements that undo up() (guarded like up()), so a developer or the runner can step back from a half-applied change; production still rolls forward',
      },
    ];
  },
};
