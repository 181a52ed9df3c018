import { describe, expect, it } from 'vitest';
import { mergeRuns } from './merge-runs.ts';
import type { RunCall } from './merge-runs.ts';

const call = (line: number, sql: string, probedNames: string[] = []): RunCall => ({ method: 'query', sql, params: [], line, probedNames });

describe('mergeRuns', () => {
  it('marks calls both runs made as unconditional', () => {
    const run = [call(3, 'CREATE TABLE IF NOT EXISTS t (id INT)')];
    expect(mergeRuns(run, run).map((merged) => merged.answers)).toEqual([['absent', 'present']]);
  });

  it('keeps both orders: a present-only call lands after the last common call before it', () => {
    const absent = [call(10, 'probe a'), call(11, 'add a', ['t', 'a']), call(12, 'probe b', ['t', 'a'])];
    const present = [call(10, 'probe a'), call(12, 'probe b', ['t', 'a']), call(13, 'drop b', ['t', 'a', 'b'])];
    expect(mergeRuns(absent, present).map((merged) => [merged.sql, merged.answers])).toEqual([
      ['probe a', ['absent', 'present']],
      ['add a', ['absent']],
      ['probe b', ['absent', 'present']],
      ['drop b', ['present']],
    ]);
  });

  it('places a present-only first call at the start', () => {
    const merged = mergeRuns([call(5, 'add')], [call(4, 'drop')]);
    expect(merged.map((entry) => entry.sql)).toEqual(['drop', 'add']);
  });

  it('tells repeated identical calls apart by their occurrence', () => {
    const absent = [call(7, 'same'), call(7, 'same')];
    const present = [call(7, 'same')];
    expect(mergeRuns(absent, present).map((merged) => merged.answers)).toEqual([['absent', 'present'], ['absent']]);
  });

  it('keeps the names probed before a call in either run', () => {
    const merged = mergeRuns([call(2, 'x', ['t'])], [call(2, 'x', ['t', 'c'])]);
    expect(merged[0]?.probedNames).toEqual(['t', 'c']);
  });
});
