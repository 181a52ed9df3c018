import { describe, expect, it } from 'vitest';
import type { DependencyCheck, DependencyName } from '@pitchdesk/contracts';
import { overallStatus, withTimeout } from './health-status';

const up: DependencyCheck = { status: 'up', required: true, latencyMs: 1 };
const down: DependencyCheck = { status: 'down', required: true, latencyMs: 1, error: 'refused' };

function checks(downNames: DependencyName[]): Record<DependencyName, DependencyCheck> {
  const names: DependencyName[] = ['primary', 'replica', 'memcached', 'hub', 'mail'];
  return Object.fromEntries(names.map((name) => [name, downNames.includes(name) ? down : up])) as Record<
    DependencyName,
    DependencyCheck
  >;
}

describe('overallStatus', () => {
  it.each<[DependencyName[], string]>([
    [[], 'ok'],
    [['primary'], 'down'],
    [['replica'], 'down'],
    [['memcached'], 'down'],
    [['hub'], 'degraded'],
    [['mail'], 'degraded'],
    [['hub', 'mail'], 'degraded'],
    [['mail', 'replica'], 'down'],
  ])('with %j down is %s', (downNames, expected) => {
    expect(overallStatus(checks(downNames))).toBe(expected);
  });
});

describe('withTimeout', () => {
  it('passes a prompt answer through', async () => {
    await expect(withTimeout(Promise.resolve(42), 100)).resolves.toBe(42);
  });

  it('rejects a hung dependency with the limit in the message', async () => {
    await expect(withTimeout(new Promise(() => undefined), 20)).rejects.toThrow('no answer within 20 ms');
  });
});
