import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';
import { DEFAULT_SELECTION } from './previous-tests.ts';

describe('parseArgs', () => {
  it('needs only the previous release; release N defaults to the working tree', () => {
    expect(parseArgs(['--previous', 'release/2026.11.1'])).toEqual({
      command: 'prove',
      previous: 'release/2026.11.1',
      release: 'working-tree',
      contractPending: false,
      databasePrefix: 'pitchdesk_n1',
      selection: DEFAULT_SELECTION,
      keepDatabase: false,
      jsonFile: undefined,
    });
  });

  it('takes every option', () => {
    expect(
      parseArgs(['--previous', 'a1', '--release', 'b2', '--contract-pending', '--db-prefix', 'pd_x', '--spec', 'test/medium/x.medium.spec.ts', '--spec', 'test/medium/y.medium.spec.ts', '--all-tests', '--keep-database', '--json', 'out.json']),
    ).toEqual({
      command: 'prove',
      previous: 'a1',
      release: 'b2',
      contractPending: true,
      databasePrefix: 'pd_x',
      selection: { files: ['test/medium/x.medium.spec.ts', 'test/medium/y.medium.spec.ts'], namePattern: undefined },
      keepDatabase: true,
      jsonFile: 'out.json',
    });
  });

  it('reads the checkout command', () => {
    expect(parseArgs(['checkout', 'HEAD~1', '--build'])).toEqual({ command: 'checkout', ref: 'HEAD~1', contractPending: false, build: true });
  });

  it.each([
    { argv: [], message: /--previous <ref> is required/ },
    { argv: ['--previous'], message: /--previous needs a value/ },
    { argv: ['--previous', 'a', '--previous', 'b'], message: /given more than once/ },
    { argv: ['--previous', 'a', '--db-prefix', 'Pitch-Desk'], message: /--db-prefix must be/ },
    { argv: ['--previous', 'a', '--tests', '('], message: /--tests is not a regular expression/ },
    { argv: ['--previous', 'a', '--tests', 'x', '--all-tests'], message: /exclude each other/ },
    { argv: ['--previous', 'a', '--frobnicate'], message: /unknown option --frobnicate/ },
    { argv: ['--previous', 'a', 'extra'], message: /unexpected argument extra/ },
    { argv: ['checkout'], message: /checkout takes one <ref>/ },
    { argv: ['--previous', 'a', '--build'], message: /--build belongs to the checkout command/ },
  ])('refuses $argv', ({ argv, message }) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
