import { stageConfig } from '@pitchdesk/infra/customers';
import type { StageConfig } from '@pitchdesk/infra/customers';
import { SITE_COMPONENTS } from '@pitchdesk/infra/deploy-contract';
import type { StackOutputs } from '@pitchdesk/infra/deploy-contract';
import { AwsError } from './deploy-environment.ts';
import type { DeployEnvironment } from './deploy-environment.ts';
import { buildAndPushImage, ensureRepository } from './image.ts';
import type { MigrationOutcome } from './migration-exit.ts';
import type { Polling } from './migration-task.ts';
import { runMigration } from './migration-task.ts';
import type { ReleaseRecord } from './release-record.ts';
import { parameterNames, parseDeprecations, parseReleaseRecord, parseStackOutputs } from './release-record.ts';
import type { Rollback } from './services.ts';
import { inspectServices } from './services.ts';
import { smokeTest } from './smoke.ts';

/** What changed (from `nx affected`): decides which steps run. */
export interface DeployParts {
  /** pms-api or a lib it uses: new image, migration, services. */
  readonly api: boolean;
  /** booking-engine / pms-console or their libs: the static sites. */
  readonly sites: boolean;
  /** infra itself: the stack. */
  readonly infra: boolean;
}

export interface DeployOptions {
  readonly stage: string;
  /** The commit being deployed: image tag and PD_RELEASE. */
  readonly release: string;
  readonly parts: DeployParts;
  /** The API's deprecation manifests (JSON texts of deprecations/<release>.json), read by the caller. */
  readonly deprecationManifests: readonly string[];
  readonly polling: Polling;
}

export type DeployOutcome =
  | 'deployed'
  | 'nothing-to-deploy'
  | 'refused'
  | 'image-failed'
  | 'migration-failed'
  | 'stack-failed'
  | 'rolled-back'
  | 'sites-failed'
  | 'smoke-failed-rolled-back'
  | 'smoke-failed';

export interface DeployReport {
  readonly stage: string;
  readonly release: string;
  readonly outcome: DeployOutcome;
  /** Steps that ran, in order. */
  readonly steps: readonly string[];
  readonly problems: readonly string[];
  readonly migration?: MigrationOutcome;
  readonly rollbacks?: readonly Rollback[];
}

class DeployStopped extends Error {
  readonly outcome: DeployOutcome;
  readonly extra: Partial<DeployReport>;
  constructor(outcome: DeployOutcome, problem: string, extra: Partial<DeployReport> = {}) {
    super(problem);
    this.outcome = outcome;
    this.extra = extra;
  }
}

async function readParameter(env: DeployEnvironment, name: string): Promise<string | undefined> {
  try {
    return (await env.aws('ssm:GetParameter', { Name: name })).Parameter.Value;
  } catch (error) {
    if (error instanceof AwsError && error.code === 'ParameterNotFound') {
      return undefined;
    }
    throw error;
  }
}

async function writeParameter(env: DeployEnvironment, name: string, value: unknown): Promise<void> {
  await env.aws('ssm:PutParameter', { Name: name, Value: JSON.stringify(value), Type: 'String', Overwrite: true });
}

function excludeSites(): string[] {
  return SITE_COMPONENTS.flatMap((component) => ['--exclude', component]);
}

/**
 * Deploys one stage, in this order, stopping at the first failure:
 * 1. image: build and push `<repo>:<release>` (API changed only);
 * 2. migration: `migrate.js` (expand phase) as a one-off task with the new image, waited for;
 *    anything but exit 0 fails the deploy with the services untouched;
 * 3. services: `sst deploy` without the sites; SST waits for steady state, then ECS is asked
 *    whether a circuit breaker rolled anything back;
 * 4. sites: `sst deploy` of everything, which publishes the static sites;
 * 5. smoke test through the public URLs; on failure the previous API release is redeployed;
 * 6. the release record and its deprecation manifest (the next contract step's input).
 * A stage's first deploy has no database before step 3, so its migration runs after it.
 */
export async function deployStage(options: DeployOptions, env: DeployEnvironment): Promise<DeployReport> {
  const steps: string[] = [];
  const step = (name: string): void => {
    steps.push(name);
    env.log(`==> ${options.stage}: ${name}`);
  };
  try {
    const report = await runSteps(options, env, step);
    return { stage: options.stage, release: options.release, steps, problems: [], ...report };
  } catch (error) {
    if (error instanceof DeployStopped) {
      return { stage: options.stage, release: options.release, steps, outcome: error.outcome, problems: [error.message], ...error.extra };
    }
    throw error;
  }
}

async function runSteps(options: DeployOptions, env: DeployEnvironment, step: (name: string) => void): Promise<Pick<DeployReport, 'outcome' | 'migration'>> {
  const { stage, release, parts } = options;
  let config: StageConfig;
  try {
    config = stageConfig(stage);
  } catch (error) {
    throw new DeployStopped('refused', error instanceof Error ? error.message : String(error));
  }
  const deprecations = parseDeprecations(options.deprecationManifests);
  if (!parts.api && !parts.sites && !parts.infra) {
    return { outcome: 'nothing-to-deploy' };
  }
  const currentJson = await readParameter(env, parameterNames.current(stage));
  const current = currentJson === undefined ? undefined : parseReleaseRecord(currentJson);
  const outputsJson = await readParameter(env, parameterNames.stackOutputs(stage));
  const previousOutputs = outputsJson === undefined ? undefined : parseStackOutputs(outputsJson);
  if (!parts.api && !current) {
    throw new DeployStopped('refused', `${stage} has no API release yet: its first deploy must include the api part`);
  }
  const apiRelease = parts.api ? release : (current?.apiRelease ?? release);

  step('image');
  const repositoryUri = await ensureRepository(env, config);
  let image = `${repositoryUri}:${apiRelease}`;
  if (parts.api) {
    const built = await buildAndPushImage(env, config, repositoryUri, release);
    if (built.error) {
      throw new DeployStopped('image-failed', built.error);
    }
    image = built.image;
  }

  let migration: MigrationOutcome | undefined;
  const migrate = async (outputs: StackOutputs): Promise<void> => {
    step('migration');
    migration = await runMigration(env, outputs, image, release, options.polling);
    if (migration.name !== 'ok') {
      const retry = migration.retryable ? ' (retryable: run the deploy again)' : '';
      throw new DeployStopped('migration-failed', `migration ${migration.name}: ${migration.meaning}${retry}`, { migration });
    }
  };
  if (parts.api && previousOutputs) {
    await migrate(previousOutputs);
  }

  const sstEnv = { PD_RELEASE: apiRelease };
  let outputs = previousOutputs;
  if (parts.api || parts.infra) {
    step('services');
    const deployed = await env.sstDeploy(['deploy', '--stage', stage, ...excludeSites()], sstEnv);
    outputs = deployed.code === 0 && deployed.outputs ? parseStackOutputs(JSON.stringify(deployed.outputs)) : previousOutputs;
    const checked = outputs ? await inspectServices(env, outputs, image) : undefined;
    if (checked && checked.rollbacks.length > 0) {
      const which = checked.rollbacks.map((rollback) => `${rollback.service} back on ${rollback.restoredTaskDefinition} (${rollback.reason})`);
      throw new DeployStopped('rolled-back', `the deployment circuit breaker rolled back: ${which.join('; ')}`, { rollbacks: checked.rollbacks, migration });
    }
    if (deployed.code !== 0 || !outputs) {
      throw new DeployStopped('stack-failed', `sst deploy failed (exit ${deployed.code}); no service was rolled back`, { migration });
    }
    if (parts.api && checked && !checked.apiOnImage) {
      throw new DeployStopped('rolled-back', `the API is not running ${image} after a stable deploy`, { migration });
    }
    await writeParameter(env, parameterNames.stackOutputs(stage), outputs);
    if (parts.api && !previousOutputs) {
      await migrate(outputs);
    }
  }

  step('sites');
  const published = await env.sstDeploy(['deploy', '--stage', stage], sstEnv);
  if (published.code !== 0 || !published.outputs) {
    throw new DeployStopped('sites-failed', `publishing the static sites failed (exit ${published.code}); the services run ${apiRelease}`, { migration });
  }
  outputs = parseStackOutputs(JSON.stringify(published.outputs));
  await writeParameter(env, parameterNames.stackOutputs(stage), outputs);

  step('smoke');
  const smoke = await smokeTest(env, outputs, apiRelease);
  if (!smoke.passed) {
    if (parts.api && current) {
      step('rollback');
      const restored = await env.sstDeploy(['deploy', '--stage', stage, ...excludeSites()], { PD_RELEASE: current.apiRelease });
      const how = restored.code === 0 ? `redeployed API release ${current.apiRelease}` : `redeploying API release ${current.apiRelease} FAILED too (exit ${restored.code})`;
      throw new DeployStopped('smoke-failed-rolled-back', `smoke test failed (${smoke.failures.join('; ')}); ${how}`, { migration });
    }
    throw new DeployStopped('smoke-failed', `smoke test failed: ${smoke.failures.join('; ')}`, { migration });
  }

  step('record');
  const record: ReleaseRecord = {
    stage,
    release,
    apiRelease,
    image,
    deployedAt: env.now().toISOString(),
    previous: current ? { release: current.release, apiRelease: current.apiRelease } : null,
    deprecations,
  };
  await writeParameter(env, parameterNames.history(stage, release), record);
  await writeParameter(env, parameterNames.current(stage), record);
  return { outcome: 'deployed', migration };
}
