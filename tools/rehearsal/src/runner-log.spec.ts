import { describe, expect, it } from 'vitest';
import { readRunnerLog } from './runner-log.ts';

describe('readRunnerLog', () => {
  it('reads the steps, the metadata-lock retries and the attempts from the JSON lines', () => {
    const output = [
      '{"message":"migration run","phase":"expand","pending":["A1"]}',
      '{"message":"migration started","migration":"A1","phase":"expand","steps":1}',
      '{"message":"step waiting for a metadata lock, retrying","migration":"A1","attempt":1,"waitedMs":1001}',
      'not json at all',
      '{"message":"step waiting for a metadata lock, retrying","migration":"A1","attempt":2,"waitedMs":1000}',
      '{"message":"step done","migration":"A1","attempts":3,"lockWaitMs":2001,"durationMs":2500}',
      '{"message":"migration applied","migration":"A1","phase":"expand","durationMs":2510}',
    ].join('\n');
    expect(readRunnerLog(output)).toEqual({ applied: ['A1'], steps: 1, retries: 2, maxAttempts: 3, lockWaitMs: 2001 });
  });

  it('reads a run with nothing to do', () => {
    expect(readRunnerLog('{"message":"migrations done","applied":[]}\n')).toEqual({ applied: [], steps: 0, retries: 0, maxAttempts: 0, lockWaitMs: 0 });
  });
});
