import { join } from 'node:path';
import { readStackEnv, waitForReplicaCatchUp } from '@pitchdesk/local-stack';
import { buildApi, checkout, LOG_DIR, variantOf } from './checkouts.ts';
import type { Checkout } from './checkouts.ts';
import { addContractStep } from './contract-step.ts';
import { loadEntityTables } from './database/entity-tables.ts';
import { readSchemaColumns, schemaFingerprint } from './database/schema-columns.ts';
import { databasesOf, resetDatabases, withDatabase } from './database/scratch-databases.ts';
import { runPreviousTests } from './previous-tests.ts';
import type { TestOutcome, TestSelection } from './previous-tests.ts';
import { isolatedEnv, logTail, runToEnd } from './processes.ts';
import { checkCompatibility } from './schema-compat.ts';
import type { Finding } from './schema-compat.ts';

export interface ProveOptions {
  readonly previous: string;
  readonly release: string;
  readonly contractPending: boolean;
  readonly databasePrefix: string;
  readonly selection: TestSelection;
  readonly keepDatabase: boolean;
}

export interface ProveResult {
  readonly previous: { readonly ref: string; readonly commit: string };
  readonly release: { readonly ref: string; readonly commit: string };
  readonly database: string;
  /** The fast check: release N-1's entities against the migrated schema. */
  readonly findings: readonly Finding[];
  /** Release N-1's own tests against that schema. */
  readonly tests: TestOutcome;
  /** Whatever else makes the proof void (N-1's test run changed the schema or used another database). */
  readonly problems: readonly string[];
  readonly compatible: boolean;
}

/** Release N's migrate.js failed: there is no schema to prove anything against. */
export class CouldNotRunError extends Error {}

const today = (): string => new Date().toISOString().slice(0, 10);

async function migrate(release: Checkout, dist: string, env: NodeJS.ProcessEnv): Promise<void> {
  // Both phases: the contract step runs once N's code is everywhere, and a rollback to
  // N-1 after that must still work. (A runner without --phase runs everything at once.)
  for (const phase of ['expand', 'contract'] as const) {
    const logFile = join(LOG_DIR, `migrate-${phase}-${release.commit.slice(0, 12)}.log`);
    const code = await runToEnd(`migrate ${phase}`, process.execPath, [join(dist, 'migrate.js'), '--phase', phase], { env, cwd: release.dir, logFile, timeoutMs: 300_000 });
    if (code !== 0) {
      throw new CouldNotRunError(`release N's migrate.js --phase ${phase} exited with code ${code}; ${logFile} ends with:\n${logTail(logFile)}`);
    }
  }
}

export async function prove(options: ProveOptions, log: (line: string) => void): Promise<ProveResult> {
  const previous = await checkout(options.previous);
  log(`release N-1: ${options.previous} = ${previous.commit.slice(0, 12)} (${previous.dir})`);
  let release = await checkout(options.release);
  if (options.contractPending) {
    release = await variantOf(release, 'contract-step', (dir) => addContractStep(dir, today()));
  }
  log(`release N:   ${release.ref} = ${release.commit.slice(0, 12)} (${release.dir})`);
  log('release N: building the API (nx)');
  const dist = await buildApi(release);

  const stack = await readStackEnv();
  const primaryUrl = stack['PD_DB_PRIMARY_URL'] ?? '';
  // Release N-1's test support names its database <prefix>_<pool id>; one worker: pool 1.
  const database = `${options.databasePrefix}_1`;
  const databaseUrl = withDatabase(primaryUrl, database);
  await resetDatabases(primaryUrl, options.databasePrefix, database);
  try {
    log(`database ${database}: release N's migrations, expand then contract`);
    await migrate(release, dist, isolatedEnv(process.env, { ...stack, PD_DB_PRIMARY_URL: databaseUrl, PD_RELEASE: release.commit.slice(0, 12), PD_LOG_LEVEL: 'log' }));
    await waitForReplicaCatchUp(30_000);
    const schema = await readSchemaColumns(databaseUrl);

    log("release N-1's entities against the schema");
    const findings = checkCompatibility(await loadEntityTables(previous.dir, databaseUrl), schema);
    log(`release N-1's tests against the schema: ${options.selection.files.join(', ')}`);
    const tests = await runPreviousTests(previous, options.selection, options.databasePrefix);

    const problems: string[] = [];
    if (schemaFingerprint(await readSchemaColumns(databaseUrl)) !== schemaFingerprint(schema)) {
      problems.push("release N-1's test run changed the schema (its own migrations ran): the tests did not run against release N's schema alone");
    }
    const used = await databasesOf(primaryUrl, options.databasePrefix);
    if (used.length !== 1 || used[0] !== database) {
      problems.push(`release N-1's tests used databases ${used.join(', ')} besides ${database}, which alone had release N's schema`);
    }
    if (tests.passed === 0) {
      problems.push("none of release N-1's selected tests passed (did the selection match any?)");
    }
    return {
      previous: { ref: previous.ref, commit: previous.commit },
      release: { ref: release.ref, commit: release.commit },
      database,
      findings,
      tests,
      problems,
      compatible: findings.length === 0 && tests.failed === 0 && problems.length === 0,
    };
  } finally {
    if (!options.keepDatabase) {
      await resetDatabases(primaryUrl, options.databasePrefix);
    }
  }
}
