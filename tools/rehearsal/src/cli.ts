import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, UsageError, USAGE } from './args.ts';
import { formatTable } from './phase-stats.ts';
import { Interrupted, rehearse, WORKSPACE_ROOT } from './rehearsal.ts';
import type { RehearsalResult } from './rehearsal.ts';

const lines: string[] = [];
const log = (line: string): void => {
  lines.push(line);
  console.log(line);
};

function verdict(result: RehearsalResult, minRequests: number, blocker: boolean): string[] {
  return [
    `requests: ${result.sent} sent (at least ${minRequests} wanted), ${result.failed} failed`,
    ...(blocker ? [`metadata-lock scenario: ${result.mdlScenarioSeen ? 'the runner timed out on the held table, retried, and succeeded once the transaction ended' : 'NOT SEEN (no migration run waited for the held table)'}`] : []),
    result.passed ? 'REHEARSAL PASSED' : 'REHEARSAL FAILED',
  ];
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`${signal}: stopping what the rehearsal started, then exiting`);
      stop.abort();
    });
  }
  const result = await rehearse(args, log, stop.signal);
  log('');
  formatTable(result.phases).forEach(log);
  log('');
  result.notes.forEach((entry) => log(`${entry.ok ? 'ok  ' : 'FAIL'} ${entry.step}: ${entry.note}`));
  log('');
  verdict(result, args.minRequests, args.blocker !== undefined).forEach(log);
  const reports = join(WORKSPACE_ROOT, '.local/rehearsal/reports');
  mkdirSync(reports, { recursive: true });
  const stamp = new Date().toISOString().replaceAll(':', '-').slice(0, 19);
  writeFileSync(join(reports, `${stamp}.txt`), `${lines.join('\n')}\n`);
  writeFileSync(join(reports, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`report: ${join(reports, `${stamp}.txt`)}`);
  return result.passed ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const interrupted = error instanceof Interrupted;
    console.error(interrupted ? 'rehearsal interrupted; everything it started is stopped' : `rehearsal aborted: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = interrupted ? 130 : 1;
  },
);
