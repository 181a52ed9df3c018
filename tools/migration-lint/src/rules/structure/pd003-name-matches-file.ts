import { basename } from 'node:path';
import type { LineReport, Rule } from '../rule.ts';

// TypeORM keys its migrations table on `name` and reads the timestamp from its last 13
// digits, so file, class and name must agree or a rename re-runs a migration.
const FILE_NAME = /^(\d{13})-([a-z0-9]+(?:-[a-z0-9]+)*)\.ts$/;

function pascalCase(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

export const nameMatchesFile: Rule = {
  id: 'PD003',
  title: 'file <timestamp>-<what-it-does>.ts, one class <WhatItDoes><timestamp>, name equal to the class name',
  scope: 'migration',
  check({ recorded, locator, migration }) {
    if (recorded.classNames.length === 0) {
      return [];
    }
    const reports: LineReport[] = [];
    const classLine = locator.classLine(migration.className);
    if (recorded.classNames.length > 1) {
      reports.push({
        line: classLine,
        message: `exports ${recorded.classNames.length} migration classes (${recorded.classNames.join(', ')}): one migration per file`,
      });
    }
    const match = FILE_NAME.exec(basename(recorded.file));
    if (!match) {
      reports.push({
        line: 1,
        message:
          'file name must be <13-digit timestamp>-<what-it-does-in-kebab-case>.ts, e.g. 1795300000040-add-unit-nights-covering-index.ts',
      });
      return reports;
    }
    const expected = `${pascalCase(match[2] ?? '')}${match[1] ?? ''}`;
    if (migration.className !== expected) {
      reports.push({ line: classLine, message: `class ${migration.className ?? '?'} must be named ${expected} after its file` });
    }
    if (recorded.name !== migration.className) {
      const line = locator.memberLine(migration.className, 'name') ?? classLine;
      reports.push({
        line,
        message: `name is ${JSON.stringify(recorded.name) ?? 'missing'}: declare readonly name = '${migration.className ?? expected}' (TypeORM records it and reads the timestamp from it)`,
      });
    }
    return reports;
  },
};
