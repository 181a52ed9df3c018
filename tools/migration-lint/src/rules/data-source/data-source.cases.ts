import type { RuleCase } from '../../testing/rule-case.ts';

const FILE = '/virtual/data-source-options.ts';
const SAFE = `const common = {
  type: 'mysql' as const,
  synchronize: false,
  migrationsRun: false,
  migrationsTransactionMode: 'none' as const,
};
export const options = { ...common, poolSize: 2 };
`;

function withOption(line: string): { dataSource: { file: string; source: string } } {
  return { dataSource: { file: FILE, source: SAFE.replace("  type: 'mysql' as const,", `  type: 'mysql' as const,\n  ${line}`) } };
}

const safe = { dataSource: { file: FILE, source: SAFE } };

export const DATA_SOURCE_CASES: readonly RuleCase[] = [
  {
    rule: 'PD010',
    name: 'synchronize: true',
    bad: { dataSource: { file: FILE, source: SAFE.replace('synchronize: false', 'synchronize: true') } },
    good: safe,
    mentions: 'synchronize: false',
  },
  {
    rule: 'PD010',
    name: 'synchronize computed at run time',
    bad: {
      dataSource: { file: FILE, source: SAFE.replace('synchronize: false', "synchronize: process.env['NODE_ENV'] !== 'production'") },
    },
    good: safe,
    mentions: 'through a migration',
  },
  {
    rule: 'PD011',
    name: 'migrationsRun: true',
    bad: { dataSource: { file: FILE, source: SAFE.replace('migrationsRun: false', 'migrationsRun: true') } },
    good: safe,
    mentions: 'one-off migrate task',
  },
  {
    rule: 'PD012',
    name: 'dropSchema: true',
    bad: withOption('dropSchema: true,'),
    good: withOption('dropSchema: false,'),
    mentions: 'remove it',
  },
  {
    rule: 'PD013',
    name: "migrationsTransactionMode: 'all'",
    bad: { dataSource: { file: FILE, source: SAFE.replace("migrationsTransactionMode: 'none'", "migrationsTransactionMode: 'all'") } },
    good: { dataSource: { file: FILE, source: SAFE.replace("migrationsTransactionMode: 'none'", "migrationsTransactionMode: 'each'") } },
    mentions: "use 'none'",
  },
];
