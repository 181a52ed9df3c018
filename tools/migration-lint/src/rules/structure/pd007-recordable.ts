import type { Rule } from '../rule.ts';

export const recordable: Rule = {
  id: 'PD007',
  title: 'up() runs to the end against the recording QueryRunner, so every statement can be checked',
  scope: 'migration',
  check({ recorded, locator }) {
    if (recorded.failure) {
      return [
        {
          line: recorded.failure.line,
          message: `could not record up(): ${recorded.failure.message}. The linter runs up() with guards answered "absent" and then "present" and every other query answered with no rows; a migration that needs real data is a backfill job`,
        },
      ];
    }
    if (recorded.classNames.length === 0) {
      return [{ line: locator.classLine(undefined), message: 'exports no migration class (a class with up() and down()): export one' }];
    }
    return [];
  },
};
