import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BenchOptions } from './args.ts';
import { parseArgs, USAGE } from './args.ts';
import { BENCH_DIR, prepareEnvironment, WORKSPACE_ROOT } from './environment.ts';
import type { BenchEnvironment } from './environment.ts';
import { buildReport, formatReport } from './report.ts';
import type { BenchReport } from './report.ts';
import { measure } from './measure.ts';

const log = (line: string): void => console.log(`bench: ${line}`);

function git(args: readonly string[]): string {
  try {
    return execFileSync('git', args, { cwd: WORKSPACE_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** One bench at a time: two would share two cores and one database, and both lie. */
function takeLock(): () => void {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = resolve(BENCH_DIR, 'bench.lock');
  const claim = (): boolean => {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch {
      return false;
    }
  };
  if (!claim()) {
    const holder = Number(readFileSync(file, 'utf8'));
    let alive = false;
    try {
      process.kill(holder, 0);
      alive = holder > 0;
    } catch {
      // The holder is gone: a stale lock.
    }
    if (alive) {
      throw new Error(`another bench (pid ${holder}) is running; ${file}`);
    }
    rmSync(file, { force: true });
    if (!claim()) {
      throw new Error(`could not take ${file}`);
    }
  }
  return () => rmSync(file, { force: true });
}

function apiLogSummary(): BenchReport['apiLog'] {
  try {
    const lines = readFileSync(resolve(BENCH_DIR, 'logs/pms-api.log'), 'utf8').split('\n').filter(Boolean);
    return { lines: lines.length, samples: lines.slice(0, 5).map((line) => line.slice(0, 400)) };
  } catch {
    return { lines: 0, samples: [] };
  }
}

async function run(options: BenchOptions): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg()[0] ?? 0;
  const releaseLock = takeLock();
  let environment: BenchEnvironment | undefined;
  const stopAll = async (): Promise<void> => {
    const running = environment;
    environment = undefined;
    await running?.stop();
    releaseLock();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping what the bench started`);
      void stopAll().finally(() => process.exit(130));
    });
  }
  let measured;
  try {
    environment = await prepareEnvironment(options, log);
    measured = await measure(environment, options, log);
  } finally {
    await stopAll();
  }
  const report = buildReport({
    startedAt,
    finishedAt: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      demoYear: options.year,
      poolSize: options.poolSize,
      gitCommit: git(['rev-parse', 'HEAD']),
      gitDirty: git(['status', '--porcelain']) !== '',
      loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 },
    },
    ...measured,
    apiLog: apiLogSummary(),
  });
  const file = resolve(BENCH_DIR, `bench-${startedAt.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')}.json`);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(resolve(BENCH_DIR, 'latest.json'), json);
  console.log(`\n${formatReport(report)}\n`);
  const { cpus: cores, loadAverage } = report.environment;
  // Measured before the bench started anything: above half the cores, others were busy.
  if (loadAverage.atStart > cores / 2) {
    log(`load average was ${loadAverage.atStart.toFixed(1)} on ${cores} cores before the run: other work competed for the CPU`);
  }
  for (const [what, samples] of [
    ['bookings', report.bookings.api.errorSamples],
    ['raw transactions', report.bookings.raw.errorSamples],
    ['planning board', report.planning.errorSamples],
    ['API log', report.apiLog.samples],
  ] as const) {
    if (samples.length > 0) {
      console.log(`${what}, first answers/lines:\n${samples.map((sample) => `  ${sample}`).join('\n')}`);
    }
  }
  log(`saved ${file} (and latest.json)`);
}

try {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(USAGE);
  } else {
    await run(parsed.options);
  }
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
