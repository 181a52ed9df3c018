/**
 * Runs the infra program for several stages under Pulumi mocks (test/harness) and gives
 * the tests the recorded resource graph. One esbuild bundle, one Node process per stage.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { INFRA_ROOT, PLATFORM_DIR, ensureSstPlatform } from '../scripts/ensure-sst-platform.ts';
import type { RecordedResource } from './harness/fake-aws.ts';

export type { RecordedResource } from './harness/fake-aws.ts';

const HARNESS_DIR = resolve(PLATFORM_DIR, 'pd-harness');
export const FIXTURE_WEB_BUILDS = resolve(INFRA_ROOT, 'test/fixtures/web-builds');
export const TEST_RELEASE = 'r2026.11.22-abc1234';

export interface StackRun {
  readonly stage: string;
  readonly app: { name: string; removal: string; protect: boolean; providers: { aws: { region: string; defaultTags: { tags: Record<string, string> } } } };
  readonly resources: readonly RecordedResource[];
}

function bundleHarness(): string {
  mkdirSync(HARNESS_DIR, { recursive: true });
  const outfile = resolve(HARNESS_DIR, 'run-stage.mjs');
  const esbuild = resolve(PLATFORM_DIR, 'node_modules/.bin/esbuild');
  const args = [resolve(INFRA_ROOT, 'test/harness/run-stage.ts'), '--bundle', '--platform=node', '--format=esm', '--packages=external',
    // Not infra/tsconfig.json: its `@pulumi/*` paths (for tsc) would make esbuild bundle the SDKs.
    `--tsconfig=${resolve(PLATFORM_DIR, 'tsconfig.json')}`, `--outfile=${outfile}`, '--log-level=error'];
  const result = spawnSync(esbuild, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`bundling the harness failed:\n${result.stderr}`);
  }
  return outfile;
}

function graphFile(stage: string): string {
  return resolve(HARNESS_DIR, `${stage}.json`);
}

/**
 * Installs SST's platform if needed, then runs every stage (in parallel, one process each)
 * and leaves each graph as JSON for `loadGraph`. Vitest's global setup calls it once.
 */
export async function runStacks(stages: readonly string[]): Promise<void> {
  ensureSstPlatform();
  const bundle = bundleHarness();
  await Promise.all(
    stages.map(async (stage) => {
      rmSync(graphFile(stage), { force: true });
      await promisify(execFile)(process.execPath, [bundle, stage, INFRA_ROOT, graphFile(stage)], {
        cwd: HARNESS_DIR,
        env: { ...process.env, PD_RELEASE: TEST_RELEASE, PD_DIST_DIR: FIXTURE_WEB_BUILDS },
        maxBuffer: 16 * 1024 * 1024,
      });
    }),
  );
}

export function loadGraph(stage: string): StackGraph {
  return new StackGraph(JSON.parse(readFileSync(graphFile(stage), 'utf8')) as StackRun);
}

/** The per-stage upload folder the program prepared for a site (build output + config.json). */
export function preparedSiteFolder(stage: string, app: string): string {
  return resolve(INFRA_ROOT, '.sst/sites', stage, app);
}

/** Queries over one stage's recorded resources (only the ones it creates, not lookups). */
export class StackGraph {
  readonly run: StackRun;
  readonly created: readonly RecordedResource[];

  constructor(run: StackRun) {
    this.run = run;
    this.created = run.resources.filter((resource) => !resource.read);
  }

  ofType(type: string): RecordedResource[] {
    return this.created.filter((resource) => resource.type === type);
  }

  named(type: string, name: string): RecordedResource {
    const found = this.ofType(type).find((resource) => resource.name === name);
    if (!found) {
      throw new Error(`${this.run.stage}: no ${type} named ${name}; have ${this.ofType(type).map((r) => r.name).join(', ')}`);
    }
    return found;
  }

  /** Container definitions of a task definition (SST passes them as a JSON string). */
  containers(taskDefinition: RecordedResource): ContainerDefinition[] {
    return JSON.parse(String(taskDefinition.inputs['containerDefinitions'])) as ContainerDefinition[];
  }

  /** The default tags that apply to a resource: its explicit provider's, else the app's default provider's. */
  providerTags(resource: RecordedResource): Record<string, string> {
    if (!resource.provider) {
      return this.run.app.providers.aws.defaultTags.tags;
    }
    const providerName = resource.provider.split('::')[3];
    const provider = this.created.find((candidate) => candidate.type === 'pulumi:providers:aws' && candidate.name === providerName);
    const raw = provider?.inputs['defaultTags'];
    return raw ? (JSON.parse(String(raw)) as { tags: Record<string, string> }).tags : {};
  }
}

export interface ContainerDefinition {
  name: string;
  image: string;
  command?: string[];
  entrypoint?: string[];
  environment: { name: string; value: string }[];
  secrets: { name: string; valueFrom: string }[];
  stopTimeout?: number;
  healthCheck?: { command: string[] };
  mountPoints?: { containerPath: string }[];
}

/** Whether the AWS SDK accepts `tags` for a resource type, read from the provider SDK's own class. */
export function isTaggable(type: string): boolean {
  const match = /^aws:([^/]+)\/([^:]+):/.exec(type);
  if (!match) {
    return false;
  }
  const source = readFileSync(resolve(PLATFORM_DIR, 'node_modules/@pulumi/aws', match[1] ?? '', `${match[2] ?? ''}.js`), 'utf8');
  return source.includes('resourceInputs["tags"]');
}
