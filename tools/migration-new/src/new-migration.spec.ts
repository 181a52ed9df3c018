import { describe, expect, it } from 'vitest';
import { migrationNames, migrationSource, nextTimestamp, registerInIndex, validateName } from './new-migration.ts';

const INDEX = `import { CreateA1795300000000 } from './1795300000000-create-a';
import { AddB1795300000500 } from './1795300000500-add-b';

/** In order. */
export const MIGRATIONS = [
  CreateA1795300000000,
  AddB1795300000500,
];
`;

describe('the migration generator', () => {
  it('names the class and file after what the migration does and its timestamp', () => {
    expect(migrationNames('add-reservation-notes', 1795400000000)).toEqual({
      className: 'AddReservationNotes1795400000000',
      fileBase: '1795400000000-add-reservation-notes',
    });
  });

  it.each(['notes', 'Add-notes', 'add_notes', 'add--notes', '-add-notes', ''])('refuses the name %j', (name) => {
    expect(validateName(name)).toContain('--name must be kebab-case words');
  });

  it('takes now, unless an existing migration is already later', () => {
    expect(nextTimestamp([1795300000000, 1795300000500], 1795400000000)).toBe(1795400000000);
    expect(nextTimestamp([1795300000000, 1795500000000], 1795400000000)).toBe(1795500000001);
  });

  it('writes the phase, the name TypeORM records, and a phase-specific example', () => {
    const names = migrationNames('drop-legacy-notes', 1795400000000);
    const source = migrationSource(names, 'contract');
    expect(source).toContain('export class DropLegacyNotes1795400000000 implements PhasedMigration {');
    expect(source).toContain("readonly name = 'DropLegacyNotes1795400000000';");
    expect(source).toContain("readonly phase = 'contract';");
    expect(source).toContain('deployed deprecation manifest');
    expect(migrationSource(names, 'expand')).toContain('ALGORITHM=INSTANT');
  });

  it('lists a new migration last, import and entry', () => {
    const names = migrationNames('add-c', 1795400000000);
    expect(registerInIndex(INDEX, names, 1795400000000)).toBe(`import { CreateA1795300000000 } from './1795300000000-create-a';
import { AddB1795300000500 } from './1795300000500-add-b';
import { AddC1795400000000 } from './1795400000000-add-c';

/** In order. */
export const MIGRATIONS = [
  CreateA1795300000000,
  AddB1795300000500,
  AddC1795400000000,
];
`);
  });

  it('lists a migration with an older timestamp in timestamp order', () => {
    const names = migrationNames('add-between', 1795300000100);
    const index = registerInIndex(INDEX, names, 1795300000100);
    expect(index.indexOf('AddBetween1795300000100 } from')).toBeLessThan(index.indexOf('AddB1795300000500 } from'));
    expect(index).toContain('  CreateA1795300000000,\n  AddBetween1795300000100,\n  AddB1795300000500,\n];');
  });

  it('refuses an index of another shape, and a migration listed twice', () => {
    expect(() => registerInIndex('export const OTHER = [];\n', migrationNames('add-c', 1), 1)).toThrow('does not have the expected shape');
    expect(() => registerInIndex(INDEX, migrationNames('add-b', 1795300000500), 1795300000500)).toThrow('already lists AddB1795300000500');
  });
});
