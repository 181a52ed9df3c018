import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import mysql from 'mysql2/promise';
import type { Background } from '@pitchdesk/dev-tools/processes';
import { ensurePackages, readStackEnv, waitForReplicaCatchUp } from '@pitchdesk/local-stack';
import type { RehearsalArgs } from './args.ts';
import { Haproxy } from './haproxy.ts';
import { startInstance, stopInstance } from './instances.ts';
import type { Instance } from './instances.ts';
import { BookingLoad } from './load.ts';
import { runJob, runMigrate } from './one-off-tasks.ts';
import type { MigrateResult } from './one-off-tasks.ts';
import { PhaseStats } from './phase-stats.ts';
import type { PhaseSummary } from './phase-stats.ts';
import { INSTANCES, planSteps, releaseLabel, serverOf, stepName } from './plan.ts';
import type { ReleaseSpec, Step } from './plan.ts';
import { startPrivateServices, startSes } from './private-services.ts';

export const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../..');
const DIR = join(WORKSPACE_ROOT, '.local/rehearsal');
const LOG_DIR = join(DIR, 'logs');
// The rehearsal's block of ports (28140-28149): haproxy, four API slots, hub, SES, memcached.
const PORTS = { haproxy: 28140, servers: [28141, 28142, 28143, 28144], hub: 28145, ses: 28146, memcached: 28147 } as const;
const DATABASE = 'pitchdesk_rehearsal';
const SLUG = 'lago-verde';

export interface BuiltRelease {
  readonly label: string;
  readonly commit: string;
  readonly dist: string;
}

export interface StepNote {
  readonly step: string;
  readonly note: string;
  readonly ok: boolean;
}

export interface RehearsalResult {
  readonly releases: readonly BuiltRelease[];
  readonly phases: readonly PhaseSummary[];
  readonly notes: readonly StepNote[];
  readonly sent: number;
  readonly failed: number;
  /** The runner retried on a metadata-lock timeout at least once while the blocker held the table. */
  readonly mdlScenarioSeen: boolean;
  readonly passed: boolean;
}

type Log = (line: string) => void;

/** Ends the rehearsal early (Ctrl-C): what it started is stopped on the way out. */
export class Interrupted extends Error {}

function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A built worktree of the release, made by the N-1 tool's checkout command. */
function buildRelease(spec: ReleaseSpec): Promise<BuiltRelease> {
  const args = [join(WORKSPACE_ROOT, 'tools/n-minus-one/src/cli.ts'), 'checkout', spec.ref, '--build', ...(spec.contractStep ? ['--contract-pending'] : [])];
  return new Promise((done, fail) =>
    execFile(process.execPath, args, { cwd: WORKSPACE_ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        fail(new Error(`could not check out and build ${releaseLabel(spec)}: ${stderr.trim() || error.message}`));
        return;
      }
      const checkout = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { commit: string; dir: string };
      done({ label: `${releaseLabel(spec)} (${checkout.commit.slice(0, 12)})`, commit: checkout.commit, dist: join(checkout.dir, 'dist/apps/pms-api') });
    }),
  );
}

async function recreateDatabase(primaryUrl: string, create: boolean): Promise<void> {
  const connection = await mysql.createConnection({ uri: withDatabase(primaryUrl, ''), connectTimeout: 5_000 });
  try {
    await connection.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
    if (create) {
      await connection.query(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
}

/** What a job said last before "job done" (a backfill: its totals). */
function lastLogMessage(logFile: string): string {
  const lines = readFileSync(logFile, 'utf8').trim().split('\n').reverse();
  const last = lines.find((line) => line.startsWith('{') && !line.includes('"job done"') && !line.includes('"context":"InstanceLoader"'));
  return last ? `said ${last.replace(/,"(level|pid|timestamp|context)":("[^"]*"|\d+)/g, '')}` : 'said nothing';
}

function describeMigration(result: MigrateResult, blocked: boolean): string {
  const applied = result.applied.length === 0 ? 'nothing to apply' : `applied ${result.applied.join(', ')}`;
  const waits = result.retries > 0 ? `; ${result.retries} metadata-lock timeout(s) retried, ${Math.round(result.lockWaitMs)} ms waited in all` : '';
  return `exit ${result.code}: ${applied}${waits}${blocked ? ' (an idle transaction held the table for the first seconds)' : ''}; log ${result.logFile}`;
}

export async function rehearse(args: RehearsalArgs, log: Log, signal: AbortSignal): Promise<RehearsalResult> {
  const sleep = (ms: number): Promise<void> =>
    new Promise((done, fail) => {
      const onAbort = (): void => {
        clearTimeout(timer);
        fail(new Interrupted('interrupted'));
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        done();
      }, ms);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  mkdirSync(LOG_DIR, { recursive: true });
  const taken = [];
  for (const port of [PORTS.haproxy, ...PORTS.servers, PORTS.hub, PORTS.ses, PORTS.memcached]) {
    if (!(await portFree(port))) {
      taken.push(port);
    }
  }
  if (taken.length > 0) {
    throw new Error(`ports ${taken.join(', ')} are in use: is another rehearsal running, or did one leave processes behind?`);
  }
  await ensurePackages(process.getuid?.() === 0, log, ['haproxy']);
  log(`building ${args.releases.length} releases: ${args.releases.map(releaseLabel).join(', ')}`);
  const releases: BuiltRelease[] = [];
  for (const spec of args.releases) {
    releases.push(await buildRelease(spec));
    log(`  ${releases.at(-1)?.label} -> ${releases.at(-1)?.dist}`);
  }

  const stack = await readStackEnv();
  const primaryUrl = withDatabase(stack['PD_DB_PRIMARY_URL'] ?? '', DATABASE);
  const year = new Date().getUTCFullYear() + 1;
  const appEnv: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '',
    ...stack,
    PD_DB_PRIMARY_URL: primaryUrl,
    PD_DB_REPLICA_URL: withDatabase(stack['PD_DB_REPLICA_URL'] ?? '', DATABASE),
    PD_HUB_URL: `http://127.0.0.1:${PORTS.hub}/.well-known/mercure`,
    PD_SES_ENDPOINT: `http://127.0.0.1:${PORTS.ses}`,
    PD_MEMCACHED_SERVERS: `127.0.0.1:${PORTS.memcached}`,
    PD_DEMO_YEAR: String(year),
    PD_LOG_LEVEL: 'warn',
    // Longer than haproxy needs to see an instance draining (three 500 ms checks), for an
    // instance that gets SIGTERM without being drained first.
    PD_SHUTDOWN_DRAIN_MS: '3000',
    PD_MAIL_DRAIN_INTERVAL_MS: '1000',
    // A mail that failed during the SES outage keeps its error a minute: past the next
    // release's rollout, so that release's backfill has release N-1's errors to copy.
    PD_MAIL_RETRY_BASE_MS: '60000',
    PD_MAIL_RETRY_MAX_MS: '120000',
  };
  const taskEnv = { ...appEnv, PD_LOG_LEVEL: 'log' };
  const notes: StepNote[] = [];
  const note = (step: string, text: string, ok = true): void => {
    notes.push({ step, note: text, ok });
    log(`  ${ok ? '' : 'FAILED: '}${text}`);
  };

  const started: Background[] = [];
  let ses: Background | undefined;
  const instances = new Map<1 | 2, Instance>();
  let haproxy: Haproxy | undefined;
  let load: BookingLoad | undefined;
  const stats = new PhaseStats();
  /** Runs one step; true when it was a migration run that waited out the MDL blocker. */
  const runStep = async (step: Step, name: string): Promise<boolean> => {
    const release = releases[step.release] as BuiltRelease;
    switch (step.kind) {
      case 'steady':
        if (step.release === 0 && args.sesOutageSeconds > 0) {
          // Mails fail and wait to be retried, with the error where release N-1 keeps it.
          const outage = Math.min(args.sesOutageSeconds, step.seconds - 2);
          await sleep(1_000);
          await ses?.stop(5_000);
          await sleep(outage * 1_000);
          ses = await startSes(PORTS.ses, WORKSPACE_ROOT, LOG_DIR);
          note(name, `the SES endpoint was down for ${outage} s: mails sent meanwhile failed and wait for a retry`);
          await sleep(Math.max(0, (step.seconds - outage - 1) * 1_000));
        } else {
          await sleep(step.seconds * 1_000);
        }
        return false;
      case 'migrate': {
        const blocker = args.blocker ? { databaseUrl: primaryUrl, ...args.blocker } : undefined;
        const logFile = join(LOG_DIR, `migrate-${step.release}-${step.phase}.log`);
        const result = await runMigrate(release.dist, step.phase, taskEnv, logFile, blocker);
        note(name, describeMigration(result, blocker !== undefined), result.code === 0);
        return blocker !== undefined && result.code === 0 && result.retries > 0;
      }
      case 'replace': {
        const old = instances.get(step.instance);
        const server = serverOf(step.release, step.instance);
        const fresh = await startInstance(release.label, release.dist, server, PORTS.servers[server - 1] ?? 0, appEnv, LOG_DIR);
        await haproxy?.enable(server);
        instances.set(step.instance, fresh);
        if (old) {
          const drainStarted = performance.now();
          await haproxy?.drain(old.server);
          const drainedMs = Math.round(performance.now() - drainStarted);
          const exitCode = await stopInstance(old);
          await haproxy?.disable(old.server);
          note(name, `s${server} (${release.label}) up; s${old.server} drained in ${drainedMs} ms, then SIGTERM: exit ${String(exitCode)}`, exitCode === 0);
        }
        return false;
      }
      case 'job': {
        const logFile = join(LOG_DIR, `job-${step.name}.log`);
        const code = await runJob(release.dist, step.name, taskEnv, logFile);
        note(name, `job.js ${step.name}: exit ${code}; ${lastLogMessage(logFile)}; log ${logFile}`, code === 0);
        return false;
      }
    }
  };

  try {
    log(`private hub, SES and memcached on ${PORTS.hub}, ${PORTS.ses}, ${PORTS.memcached}`);
    started.push(...(await startPrivateServices(PORTS, stack, WORKSPACE_ROOT, LOG_DIR)));
    ses = await startSes(PORTS.ses, WORKSPACE_ROOT, LOG_DIR);
    const first = releases[0] as BuiltRelease;
    log(`database ${DATABASE}: fresh, ${first.label}'s migrations and the demo campsite for ${year}`);
    await recreateDatabase(primaryUrl, true);
    for (const phase of ['expand', 'contract'] as const) {
      const result = await runMigrate(first.dist, phase, taskEnv, join(LOG_DIR, `migrate-initial-${phase}.log`));
      if (result.code !== 0) {
        throw new Error(`the first release's ${phase} migrations failed: ${describeMigration(result, false)}`);
      }
    }
    if ((await runJob(first.dist, 'seed-demo', taskEnv, join(LOG_DIR, 'seed-demo.log'))) !== 0) {
      throw new Error(`seed-demo failed; see ${join(LOG_DIR, 'seed-demo.log')}`);
    }
    await waitForReplicaCatchUp(60_000);

    for (const instance of INSTANCES) {
      const server = serverOf(0, instance);
      instances.set(instance, await startInstance(first.label, first.dist, server, PORTS.servers[server - 1] ?? 0, appEnv, LOG_DIR));
    }
    haproxy = await Haproxy.start({ frontendPort: PORTS.haproxy, serverPorts: PORTS.servers, socketPath: join(DIR, 'haproxy.sock'), healthPath: '/api/health/live' }, DIR);
    for (const instance of instances.values()) {
      await haproxy.enable(instance.server);
    }
    log(`haproxy on 127.0.0.1:${PORTS.haproxy} -> 2 x ${first.label}`);

    load = new BookingLoad({ baseUrl: `http://127.0.0.1:${PORTS.haproxy}`, slug: SLUG, year, workers: args.workers, ratePerSecond: args.ratePerSecond, bookShare: 0.2 }, stats);
    const slots = await load.prepare(4_000);
    log(`load: ${args.ratePerSecond} requests/s from ${args.workers} clients; ${slots} free unit-stays to hold and book`);
    load.start();

    let mdlScenarioSeen = false;
    for (const step of planSteps({ releases: args.releases, jobs: args.jobs, baselineSeconds: args.baselineSeconds, steadySeconds: args.steadySeconds })) {
      if (signal.aborted) {
        throw new Interrupted('interrupted');
      }
      const name = stepName(step, args.releases);
      log(`- ${name}`);
      stats.begin(name);
      mdlScenarioSeen = (await runStep(step, name)) || mdlScenarioSeen;
    }
    while (stats.summaries().reduce((sum, phase) => sum + phase.sent, 0) < args.minRequests) {
      if (stats.summaries().at(-1)?.phase !== 'steady (until the minimum of requests)') {
        log('- steady (until the minimum of requests)');
        stats.begin('steady (until the minimum of requests)');
      }
      await sleep(250);
    }
    await load.stop();
    load = undefined;

    const phases = stats.summaries();
    const sent = phases.reduce((sum, phase) => sum + phase.sent, 0);
    const failed = phases.reduce((sum, phase) => sum + phase.failed, 0);
    const passed = failed === 0 && sent >= args.minRequests && notes.every((entry) => entry.ok) && (args.blocker === undefined || mdlScenarioSeen);
    return { releases, phases, notes, sent, failed, mdlScenarioSeen, passed };
  } finally {
    await load?.stop();
    for (const instance of instances.values()) {
      await stopInstance(instance);
    }
    await haproxy?.stop();
    await ses?.stop(5_000);
    for (const service of started.reverse()) {
      await service.stop(5_000);
    }
    if (!args.keepDatabase) {
      await recreateDatabase(primaryUrl, false).catch((error: unknown) => log(`could not drop ${DATABASE}: ${String(error)}`));
    }
  }
}
