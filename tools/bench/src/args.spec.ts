import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

const today = new Date('2026-11-21T12:00:00Z');

describe('parseArgs', () => {
  it('defaults: 10 s per scenario, 50 connections, 1,000 racers, next year', () => {
    expect(parseArgs([], today)).toEqual({
      kind: 'run',
      options: {
        quick: false,
        durationS: 10,
        connections: 50,
        raceAttempts: 1_000,
        workers: 16,
        poolSize: 32,
        year: 2027,
        skipBuild: false,
        keepDatabase: false,
      },
    });
  });

  it('--quick shortens the timed scenarios, not the race', () => {
    const parsed = parseArgs(['--quick'], today);
    expect(parsed.kind === 'run' && [parsed.options.quick, parsed.options.durationS, parsed.options.raceAttempts]).toEqual([
      true,
      2,
      1_000,
    ]);
  });

  it('takes explicit values over the quick defaults', () => {
    const parsed = parseArgs(['--quick', '--duration=5', '--workers=8', '--pool=20', '--year=2030', '--skip-build', '--keep-db'], today);
    expect(parsed).toMatchObject({
      kind: 'run',
      options: { durationS: 5, workers: 8, poolSize: 20, year: 2030, skipBuild: true, keepDatabase: true },
    });
  });

  it('answers help', () => {
    expect(parseArgs(['--help'], today)).toEqual({ kind: 'help' });
  });

  it.each([
    [['--duration=0'], /--duration expects an integer from 1/],
    [['--connections=abc'], /--connections expects an integer/],
    [['--race'], /--race expects an integer/],
    [['--year=2020'], /--year expects an integer from 2026/],
    [['--quick=yes'], /--quick takes no value/],
    [['--fast'], /unknown option: --fast/],
    [['bench'], /unexpected argument: bench/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv, today)).toThrow(message);
  });
});
