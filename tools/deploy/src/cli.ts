/**
 * `node tools/deploy/src/cli.ts --stage <customer-environment> [--release <sha>] [--parts api,sites,infra]`
 * Deploys one stage (see deploy.ts for the order and what each failure does) and exits
 * with a code per outcome, printing the report as JSON last.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stageConfig } from '@pitchdesk/infra/customers';
import { awsCliEnvironment } from './aws-cli-environment.ts';
import type { DeployOutcome, DeployParts } from './deploy.ts';
import { deployStage } from './deploy.ts';

const EXIT_CODES: Record<DeployOutcome, number> = {
  deployed: 0,
  'nothing-to-deploy': 0,
  refused: 2,
  'image-failed': 3,
  'migration-failed': 4,
  'rolled-back': 5,
  'stack-failed': 6,
  'sites-failed': 7,
  'smoke-failed-rolled-back': 8,
  'smoke-failed': 9,
};

export function parseParts(value: string): DeployParts {
  const names = value.split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = names.filter((name) => !['api', 'sites', 'infra'].includes(name));
  if (unknown.length > 0) {
    throw new Error(`--parts takes api, sites and infra; unknown: ${unknown.join(', ')}`);
  }
  return { api: names.includes('api'), sites: names.includes('sites'), infra: names.includes('infra') };
}

/** Where the API keeps its deprecation manifests, one per release (checked by the migration linter). */
const DEPRECATIONS_DIR = 'apps/pms-api/src/database/deprecations';

async function readManifests(dir: string): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { stage: { type: 'string' }, release: { type: 'string' }, parts: { type: 'string', default: 'api,sites,infra' } },
  });
  const release = values.release ?? process.env['CI_COMMIT_SHA'];
  if (!values.stage || !release) {
    console.error('usage: deploy --stage <customer-environment> [--release <sha>] [--parts api,sites,infra]');
    return 2;
  }
  const repoRoot = resolve(import.meta.dirname, '../../..');
  const env = awsCliEnvironment(repoRoot, stageConfig(values.stage).customer.region);
  const report = await deployStage(
    { stage: values.stage, release, parts: parseParts(values.parts), deprecationManifests: await readManifests(resolve(repoRoot, DEPRECATIONS_DIR)), polling: { intervalMs: 6_000, maxPolls: 150 } },
    env,
  );
  console.log(JSON.stringify(report, null, 2));
  return EXIT_CODES[report.outcome];
}

if (process.argv[1] === import.meta.filename) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
