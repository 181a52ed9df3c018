import { describe, expect, it } from 'vitest';
import { DeprecationIndex, readManifest } from './manifest.ts';
import type { DeprecationManifest } from './manifest.ts';

const FILE = '/repo/deprecations/2026.6.0.json';
const VALID = {
  release: '2026.6.0',
  status: 'deployed',
  deployedAt: '2026-06-20',
  tables: [{ table: 'old_quotes', reason: 'priced on the fly' }],
  columns: [{ table: 'bookings', column: 'legacy_note', reason: 'moved to booking_notes' }],
  indexes: [{ table: 'bookings', index: 'ix_bookings_legacy', reason: 'no query uses it' }],
};

describe('readManifest', () => {
  it('reads a valid deployed manifest', () => {
    const loaded = readManifest(FILE, JSON.stringify(VALID));
    expect(loaded.problems).toEqual([]);
    expect(loaded.manifest?.columns).toEqual(VALID.columns);
  });

  it('reads a pending manifest without deployedAt, and no entry lists', () => {
    const loaded = readManifest('/repo/2026.7.0.json', JSON.stringify({ release: '2026.7.0', status: 'pending' }));
    expect(loaded.problems).toEqual([]);
    expect(loaded.manifest).toMatchObject({ status: 'pending', tables: [], columns: [], indexes: [] });
  });

  it.each([
    ['not JSON', '{ release: 2026 }', 'not valid JSON'],
    ['not an object', '[]', 'must be a JSON object'],
    ['a file name that is not the release', JSON.stringify({ ...VALID, release: '2026.6.1' }), 'file name must be "2026.6.1.json"'],
    ['an unknown status', JSON.stringify({ ...VALID, status: 'done' }), '"status" must be "pending" or "deployed"'],
    ['deployed without a date', JSON.stringify({ ...VALID, deployedAt: undefined }), 'needs "deployedAt"'],
    ['deployed with a date that is not a date', JSON.stringify({ ...VALID, deployedAt: 'last week' }), 'needs "deployedAt"'],
    [
      'an entry without a reason',
      JSON.stringify({ ...VALID, columns: [{ table: 'bookings', column: 'legacy_note' }] }),
      'columns[0] needs non-empty "reason"',
    ],
    ['entries that are not a list', JSON.stringify({ ...VALID, tables: { table: 'old_quotes' } }), '"tables" must be an array'],
    ['an unknown field (a typo of "columns")', JSON.stringify({ ...VALID, colums: [] }), 'unknown field "colums"'],
  ])('refuses %s', (_what, text, problem) => {
    const loaded = readManifest(FILE, text);
    expect(loaded.manifest).toBeUndefined();
    expect(loaded.problems.join('\n')).toContain(problem);
  });
});

describe('DeprecationIndex', () => {
  const manifest = (release: string, status: 'pending' | 'deployed'): DeprecationManifest => ({
    release,
    status,
    deployedAt: status === 'deployed' ? '2026-06-20' : undefined,
    tables: [{ table: 'old_quotes', reason: 'r' }],
    columns: [{ table: 'bookings', column: 'Legacy_Note', reason: 'r' }],
    indexes: [{ table: 'bookings', index: 'IX_Old', reason: 'r' }],
  });

  it('says deployed when any deployed manifest lists the element', () => {
    const index = new DeprecationIndex([manifest('2026.7.0', 'pending'), manifest('2026.6.0', 'deployed')]);
    expect(index.table('old_quotes')).toEqual({ listed: 'deployed', release: '2026.6.0' });
  });

  it('says pending when only a pending manifest lists it, and no when none does', () => {
    const index = new DeprecationIndex([manifest('2026.7.0', 'pending')]);
    expect(index.column('bookings', 'legacy_note')).toEqual({ listed: 'pending', release: '2026.7.0' });
    expect(index.column('bookings', 'total')).toEqual({ listed: 'no' });
    expect(index.table('bookings')).toEqual({ listed: 'no' });
  });

  it('matches column and index names case-insensitively, table names exactly (as MySQL on Linux)', () => {
    const index = new DeprecationIndex([manifest('2026.6.0', 'deployed')]);
    expect(index.column('bookings', 'LEGACY_NOTE').listed).toBe('deployed');
    expect(index.index('bookings', 'ix_old').listed).toBe('deployed');
    expect(index.table('Old_Quotes').listed).toBe('no');
  });
});
