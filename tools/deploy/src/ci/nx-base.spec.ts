import { describe, expect, it } from 'vitest';
import type { BaseInputs } from './nx-base.ts';
import { chooseBase } from './nx-base.ts';

const ANCESTORS = new Set(['mrbase', 'green', 'before']);
const inputs = (overrides: Partial<BaseInputs>): BaseInputs => ({
  head: 'head',
  defaultBranch: 'main',
  isAncestor: (commit) => ANCESTORS.has(commit),
  ...overrides,
});

describe('chooseBase', () => {
  it('uses the merge request diff base in merge request pipelines', () => {
    expect(chooseBase(inputs({ mergeRequestDiffBase: 'mrbase', branch: undefined, commitBefore: 'before' }))).toEqual({ base: 'mrbase', why: 'merge request diff base' });
  });

  it('uses the last green pipeline on the default branch, so a red pipeline is retested next time', () => {
    expect(chooseBase(inputs({ branch: 'main', lastSuccessfulSha: 'green', commitBefore: 'before' })).base).toBe('green');
  });

  it('falls back to the previous push when the last green commit is unknown or not an ancestor (force push)', () => {
    expect(chooseBase(inputs({ branch: 'main', commitBefore: 'before' })).base).toBe('before');
    expect(chooseBase(inputs({ branch: 'main', lastSuccessfulSha: 'rewritten', commitBefore: 'before' })).base).toBe('before');
  });

  it("does not use the last green commit of main for another branch", () => {
    expect(chooseBase(inputs({ branch: 'feature/x', lastSuccessfulSha: 'green', commitBefore: 'before' })).base).toBe('before');
  });

  it('falls back to the default branch tip on a first push (all-zero before SHA)', () => {
    expect(chooseBase(inputs({ branch: 'feature/x', commitBefore: '0000000000000000000000000000000000000000' }))).toEqual({ base: 'origin/main', why: 'tip of main (no usable earlier commit)' });
  });
});
