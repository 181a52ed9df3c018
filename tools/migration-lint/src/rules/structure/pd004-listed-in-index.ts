import { basename } from 'node:path';
import type { Finding } from '../../findings.ts';
import type { Rule } from '../rule.ts';
import { arrayElementLines, locateDeclarations } from '../../source/source-locator.ts';

// The API is bundled, so migrations run from the explicit MIGRATIONS list, not a glob:
// a file missing there never runs in production, and the list decides the order.
export const listedInIndex: Rule = {
  id: 'PD004',
  title: 'every migration file is listed once in migrations/index.ts MIGRATIONS, in timestamp order',
  scope: 'project',
  check({ migrations, index }) {
    if (!index) {
      return [];
    }
    if (index.failure !== undefined) {
      return [
        {
          file: index.file,
          line: 1,
          ruleId: 'PD004',
          message: `${index.failure}: export const MIGRATIONS = [ ...migration classes in timestamp order ]`,
        },
      ];
    }
    const findings: Finding[] = [];
    const lines = arrayElementLines(index.file, index.source, 'MIGRATIONS');
    const lineOf = (position: number): number => lines[position] ?? 1;
    const seen = new Set<string>();
    let previous: string | undefined;
    index.entries.forEach((file, position) => {
      if (file === undefined) {
        findings.push({
          file: index.file,
          line: lineOf(position),
          ruleId: 'PD004',
          message: `entry ${position + 1} is not a migration class of this folder`,
        });
        return;
      }
      if (seen.has(file)) {
        findings.push({
          file: index.file,
          line: lineOf(position),
          ruleId: 'PD004',
          message: `${basename(file)} is listed twice: TypeORM would try to run it twice`,
        });
        return;
      }
      seen.add(file);
      if (previous !== undefined && basename(file) < basename(previous)) {
        findings.push({
          file: index.file,
          line: lineOf(position),
          ruleId: 'PD004',
          message: `${basename(file)} is listed after ${basename(previous)}: keep MIGRATIONS in timestamp order, the order they run in`,
        });
      }
      previous = file;
    });
    for (const migration of migrations) {
      if (!seen.has(migration.file)) {
        findings.push({
          file: migration.file,
          line: locateDeclarations(migration.file, migration.source).classLine(migration.classNames[0]),
          ruleId: 'PD004',
          message: `not listed in ${basename(index.file)} MIGRATIONS: it would never run in production; import it there, in timestamp order`,
        });
      }
    }
    return findings;
  },
};
