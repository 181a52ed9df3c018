import { describe, expect, it } from 'vitest';
import { createRecordingQueryRunner } from './recording-query-runner.ts';

interface Runner {
  query(sql: unknown, params?: unknown[]): Promise<unknown>;
  addColumn(table: string, column: unknown): Promise<unknown>;
}

const GUARD = 'SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?';

describe('createRecordingQueryRunner', () => {
  it('answers guards "absent" with no rows and "present" with one', async () => {
    const absent = createRecordingQueryRunner('/m.ts', 'absent').runner as Runner;
    const present = createRecordingQueryRunner('/m.ts', 'present').runner as Runner;
    expect(await absent.query(GUARD, ['t', 'c'])).toEqual([]);
    expect(await present.query(GUARD, ['t', 'c'])).toHaveLength(1);
  });

  it('records every call, with the names the guards asked about before it', async () => {
    const recording = createRecordingQueryRunner('/m.ts', 'absent');
    const runner = recording.runner as Runner;
    await runner.query(GUARD, ['bookings', 'memo']);
    await runner.query('ALTER TABLE bookings ADD COLUMN memo INT NULL, ALGORITHM=INSTANT');
    expect(recording.calls.map((call) => [call.sql?.slice(0, 11), call.probedNames])).toEqual([
      ['SELECT 1 FR', []],
      ['ALTER TABLE', ['bookings', 'memo']],
    ]);
  });

  it('records QueryRunner helpers instead of running them, and is not a thenable', async () => {
    const recording = createRecordingQueryRunner('/m.ts', 'absent');
    const runner = recording.runner as Runner;
    await runner.addColumn('bookings', { name: 'memo' });
    expect(await Promise.resolve(recording.runner)).toBe(recording.runner);
    expect(recording.calls.map((call) => [call.method, call.sql])).toEqual([['addColumn', undefined]]);
  });

  it('answers other queries with no rows and stops a runaway loop', async () => {
    const recording = createRecordingQueryRunner('/m.ts', 'absent');
    const runner = recording.runner as Runner;
    expect(await runner.query('SELECT COUNT(*) AS n FROM bookings')).toEqual([]);
    const loop = async (): Promise<void> => {
      for (;;) {
        await runner.query('UPDATE bookings SET memo = 1 LIMIT 1000');
      }
    };
    await expect(loop()).rejects.toThrow('more than 500 queries');
  });
});
