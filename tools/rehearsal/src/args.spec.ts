import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  it('defaults to HEAD, then the working tree, then its contract step, with an MDL blocker on mail_outbox', () => {
    expect(parseArgs([])).toEqual({
      releases: [
        { ref: 'HEAD', contractStep: false },
        { ref: 'working-tree', contractStep: false },
        { ref: 'working-tree', contractStep: true },
      ],
      jobs: [],
      ratePerSecond: 150,
      workers: 16,
      baselineSeconds: 10,
      steadySeconds: 5,
      minRequests: 10_000,
      blocker: { table: 'mail_outbox', seconds: 6 },
      sesOutageSeconds: 4,
      keepDatabase: false,
    });
  });

  it('takes releases in order, jobs by release position, and the load', () => {
    const args = parseArgs(['--release', 'r0', '--release', 'r1', '--job', 'backfill-x@2', '--release', 'r1+contract', '--rate', '200', '--no-blocker']);
    expect(args).toMatchObject({
      releases: [{ ref: 'r0' }, { ref: 'r1' }, { ref: 'r1', contractStep: true }],
      jobs: [{ name: 'backfill-x', after: 1 }],
      ratePerSecond: 200,
      blocker: undefined,
    });
  });

  it.each([
    { argv: ['--release', 'only-one'], message: /at least two --release/ },
    { argv: ['--job', 'x@1'], message: /n must name a release rolled out, 2 to 3/ },
    { argv: ['--job', 'x'], message: /--job takes <name>@<n>/ },
    { argv: ['--rate', '0'], message: /--rate must be a whole number from 1/ },
    { argv: ['--blocker-table', 'mail_outbox; DROP'], message: /plain table name/ },
    { argv: ['--speed', '3'], message: /unknown argument --speed/ },
    { argv: ['--release'], message: /--release needs a value/ },
    { argv: ['--ses-outage', '9', '--baseline', '10'], message: /must end 2 s before the baseline does/ },
  ])('refuses $argv', ({ argv, message }) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
