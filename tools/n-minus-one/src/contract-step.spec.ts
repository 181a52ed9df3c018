import { describe, expect, it } from 'vitest';
import { contractMigrationSource, registerMigration } from './contract-step.ts';

describe('contractMigrationSource', () => {
  it('drops each deprecated element once, guarded, online, in a contract migration', () => {
    const source = contractMigrationSource('ContractStep1795300000961', [
      {
        file: '2026.12.0.json',
        release: '2026.12.0',
        tables: [{ table: 'old_quotes' }],
        columns: [{ table: 'mail_outbox', column: 'last_error' }],
        indexes: [{ table: 'mail_outbox', index: 'ix_old' }],
      },
    ]);
    expect(source).toContain("readonly phase = 'contract';");
    expect(source).toContain(
      "    if (await columnExists(queryRunner, 'mail_outbox', 'last_error')) {\n      await queryRunner.query('ALTER TABLE mail_outbox DROP COLUMN last_error, ALGORITHM=INPLACE, LOCK=NONE');\n    }",
    );
    expect(source).toContain("await queryRunner.query('ALTER TABLE mail_outbox DROP INDEX ix_old, ALGORITHM=INPLACE, LOCK=NONE');");
    expect(source).toContain("await queryRunner.query('DROP TABLE IF EXISTS old_quotes');");
  });

  it('refuses a name that is not a plain identifier', () => {
    expect(() =>
      contractMigrationSource('X', [{ file: 'f', release: 'r', tables: [{ table: "t'; DROP DATABASE x; --" }], columns: [], indexes: [] }]),
    ).toThrow(/not a plain identifier/);
  });
});

describe('registerMigration', () => {
  const index = `import { A1 } from './1-a';
import { B2 } from './2-b';

/** In order. */
export const MIGRATIONS = [
  A1,
  B2,
];
`;

  it('imports the migration after the last import and lists it last', () => {
    expect(registerMigration(index, 'C3', '3-c')).toBe(`import { A1 } from './1-a';
import { B2 } from './2-b';
import { C3 } from './3-c';

/** In order. */
export const MIGRATIONS = [
  A1,
  B2,
  C3,
];
`);
  });

  it('refuses an index of another shape rather than guessing', () => {
    expect(() => registerMigration('export default [];', 'C3', '3-c')).toThrow(/expected shape/);
  });
});
