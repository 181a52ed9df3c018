import { describe, expect, it } from 'vitest';
import { parseRelease, planSteps, serverOf, stepName } from './plan.ts';

const releases = [parseRelease('r0'), parseRelease('r1'), parseRelease('r1+contract')];

describe('planSteps', () => {
  it('rolls each release out: expand, instances one by one, its jobs, contract, a quiet spell', () => {
    const steps = planSteps({ releases, jobs: [{ after: 1, name: 'backfill-x' }], baselineSeconds: 10, steadySeconds: 5 });
    expect(steps.map((step) => stepName(step, releases))).toEqual([
      'steady on r0',
      'expand migrations of r1',
      'instance 1 -> r1',
      'instance 2 -> r1',
      'job backfill-x (r1)',
      'contract migrations of r1',
      'steady on r1',
      'expand migrations of r1+contract',
      'instance 1 -> r1+contract',
      'instance 2 -> r1+contract',
      'contract migrations of r1+contract',
      'steady on r1+contract',
    ]);
    expect(steps[0]).toEqual({ kind: 'steady', release: 0, seconds: 10 });
  });

  it('needs a release to roll out', () => {
    expect(() => planSteps({ releases: [releases[0] ?? parseRelease('x')], jobs: [], baselineSeconds: 1, steadySeconds: 1 })).toThrow(/at least two releases/);
  });
});

describe('parseRelease', () => {
  it('reads a ref and the +contract suffix', () => {
    expect(parseRelease('we/r2+contract')).toEqual({ ref: 'we/r2', contractStep: true });
    expect(parseRelease('HEAD~1')).toEqual({ ref: 'HEAD~1', contractStep: false });
    expect(() => parseRelease('+contract')).toThrow(/names no release/);
  });
});

describe('serverOf', () => {
  it('puts consecutive releases on different pairs of servers', () => {
    expect([serverOf(0, 1), serverOf(0, 2), serverOf(1, 1), serverOf(1, 2), serverOf(2, 1), serverOf(3, 2)]).toEqual([1, 2, 3, 4, 1, 4]);
  });
});
