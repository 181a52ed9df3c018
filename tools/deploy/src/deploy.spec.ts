import { describe, expect, it } from 'vitest';
import type { DeployOptions, DeployParts } from './deploy.ts';
import { deployStage } from './deploy.ts';
import type { ExistingStage, Faults } from './testing/fake-deploy-environment.ts';
import { FakeDeployEnvironment } from './testing/fake-deploy-environment.ts';

const STAGE = 'lagoverde-staging';
const LIVE: ExistingStage = { release: 'r41', apiRelease: 'r41' };
const ALL: DeployParts = { api: true, sites: true, infra: true };
const IMAGE = (release: string): string => `123456789012.dkr.ecr.eu-south-1.amazonaws.com/pitchdesk/${STAGE}/api:${release}`;

function options(parts: DeployParts = ALL, release = 'r42'): DeployOptions {
  return { stage: STAGE, release, parts, deprecationManifests: [], polling: { intervalMs: 5000, maxPolls: 4 } };
}

/** `existing: null` is a stage never deployed (undefined would pick the default). */
async function deploy(faults: Faults = {}, existing: ExistingStage | null = LIVE, parts: DeployParts = ALL) {
  const env = new FakeDeployEnvironment(STAGE, faults, existing ?? undefined);
  const report = await deployStage(options(parts), env);
  return { env, report };
}

/** The services deploy is the first call that can change what guests are served. */
const touchesServices = (trail: string[]): boolean => trail.some((call) => call.startsWith('sst deploy'));

describe('deployStage on a live stage', () => {
  it('builds and pushes, migrates with the new image, updates the services, publishes the sites, smoke-tests, records', async () => {
    const { env, report } = await deploy();
    expect(report).toMatchObject({ outcome: 'deployed', steps: ['image', 'migration', 'services', 'sites', 'smoke', 'record'], problems: [] });
    expect(env.trail).toEqual([
      'aws ssm:GetParameter',
      'aws ssm:GetParameter',
      'aws ecr:DescribeRepositories',
      'aws ecr:DescribeImages',
      'docker build',
      'aws ecr:GetAuthorizationToken',
      'docker login',
      'docker push',
      'aws ecs:DescribeTaskDefinition',
      'aws ecs:RegisterTaskDefinition',
      'aws ecs:RunTask',
      'aws ecs:DescribeTasks',
      'sst deploy --exclude sites',
      'aws ecs:DescribeServices',
      'aws ecs:DescribeTaskDefinition',
      'aws ssm:PutParameter',
      'sst deploy',
      'aws ssm:PutParameter',
      `GET https://book.${STAGE}.example/config.json`,
      `GET https://staff.${STAGE}.example/config.json`,
      `GET https://book.${STAGE}.example/api/health`,
      `GET https://hub.${STAGE}.example/healthz`,
      'aws ssm:PutParameter',
      'aws ssm:PutParameter',
    ]);
    expect(env.apiServiceTaskDefinition()?.containerDefinitions[0]?.image).toBe(IMAGE('r42'));
  });

  it('runs the migration task with the new image, in the private subnets, without a public IP', async () => {
    const { env } = await deploy();
    const registered = env.calls.find((call) => call.kind === 'aws' && call.operation === 'ecs:RegisterTaskDefinition');
    expect(registered?.kind === 'aws' && registered.input).toMatchObject({ family: 'Migrate', containerDefinitions: [{ name: 'Migrate', image: IMAGE('r42') }] });
    const run = env.calls.find((call) => call.kind === 'aws' && call.operation === 'ecs:RunTask');
    expect(run?.kind === 'aws' && run.input).toMatchObject({
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-private-a', 'subnet-private-b'], assignPublicIp: 'DISABLED' } },
    });
    const deploys = env.calls.filter((call) => call.kind === 'sst');
    expect(deploys.map((call) => call.kind === 'sst' && [call.args.join(' '), call.env['PD_RELEASE']])).toEqual([
      [`deploy --stage ${STAGE} --exclude BookingSite --exclude ConsoleSite`, 'r42'],
      [`deploy --stage ${STAGE}`, 'r42'],
    ]);
  });

  it('records the release with the previous one and the deprecation manifest for the next contract step', async () => {
    const env = new FakeDeployEnvironment(STAGE, {}, LIVE);
    // The linter's manifest format; an already deployed manifest is history, not input.
    const manifests = [
      JSON.stringify({ release: '2026.12.0', status: 'pending', columns: [{ table: 'reservation', column: 'legacy_note', reason: 'notes moved to reservation_note' }] }),
      JSON.stringify({ release: '2026.10.0', status: 'deployed', deployedAt: '2026-10-20', tables: [{ table: 'quotes_v1', reason: 'dropped long ago' }] }),
    ];
    const report = await deployStage({ ...options(), deprecationManifests: manifests }, env);
    expect(report.outcome).toBe('deployed');
    const current = JSON.parse(env.parameters.get(`/pitchdesk/${STAGE}/release/current`) ?? '{}');
    expect(current).toEqual({
      stage: STAGE,
      release: 'r42',
      apiRelease: 'r42',
      image: IMAGE('r42'),
      deployedAt: '2026-11-22T08:00:00.000Z',
      previous: { release: 'r41', apiRelease: 'r41' },
      deprecations: [{ element: 'reservation.legacy_note', reason: 'notes moved to reservation_note' }],
    });
    expect(env.parameters.get(`/pitchdesk/${STAGE}/release/history/r42`)).toBe(env.parameters.get(`/pitchdesk/${STAGE}/release/current`));
  });

  it.each([
    [1, 'failed', false],
    [2, 'config-invalid', false],
    [3, 'lock-busy', true],
    [4, 'refused', false],
    [5, 'lock-retries-exhausted', true],
    [6, 'drift', false],
    [7, 'interrupted', true],
    [42, 'unknown-exit-code', false],
  ])('fails on migration exit %i (%s) before any service is touched', async (exitCode, name, retryable) => {
    const { env, report } = await deploy({ migrationExitCode: exitCode });
    expect(report.outcome).toBe('migration-failed');
    expect(report.migration).toMatchObject({ name, exitCode, retryable });
    expect(report.steps).toEqual(['image', 'migration']);
    expect(touchesServices(env.trail)).toBe(false);
    expect(env.apiServiceTaskDefinition()?.containerDefinitions[0]?.image).toBe(IMAGE('r41'));
    expect(env.trail.filter((call) => call === 'aws ssm:PutParameter')).toEqual([]);
  });

  it.each([
    ['the container never exits (secrets could not be pulled)', { migrationExitCode: null }, /never ran to an exit: TaskFailedToStart: ResourceInitializationError/],
    ['RunTask places no task', { runTaskFailure: 'RESOURCE:FARGATE capacity unavailable' }, /RunTask started nothing: RESOURCE:FARGATE/],
    ['the task is still running after the last poll', { migrationHangs: true }, /still running after 4 polls/],
  ])('fails when %s, services untouched', async (_case, faults: Faults, problem) => {
    const { env, report } = await deploy(faults);
    expect(report.outcome).toBe('migration-failed');
    expect(report.problems[0]).toMatch(problem);
    expect(touchesServices(env.trail)).toBe(false);
  });

  it('reports the rollback when the API never gets stable and the circuit breaker restores the previous release', async () => {
    const { env, report } = await deploy({ apiUnstable: true });
    expect(report.outcome).toBe('rolled-back');
    expect(report.rollbacks).toEqual([{ service: 'Api', restoredTaskDefinition: expect.stringMatching(/task-definition\/Api:\d+$/), reason: 'ECS deployment circuit breaker: tasks failed to start.' }]);
    expect(report.problems[0]).toMatch(/^the deployment circuit breaker rolled back: Api back on arn:aws:ecs:.*task-definition\/Api:\d+/);
    expect(report.steps).toEqual(['image', 'migration', 'services']);
    expect(env.apiServiceTaskDefinition()?.containerDefinitions[0]?.image).toBe(IMAGE('r41'));
    expect(env.trail).not.toContain('sst deploy');
    expect(JSON.parse(env.parameters.get(`/pitchdesk/${STAGE}/release/current`) ?? '{}').release).toBe('r41');
  });

  it('reports a rollback even when sst deploy exited 0', async () => {
    const { report } = await deploy({ apiUnstable: true, rollbackUnreported: true });
    expect(report.outcome).toBe('rolled-back');
    expect(report.rollbacks?.map((rollback) => rollback.service)).toEqual(['Api']);
  });

  it('redeploys the previous API release when the smoke test fails', async () => {
    const { env, report } = await deploy({ newReleaseUnhealthy: true });
    expect(report.outcome).toBe('smoke-failed-rolled-back');
    expect(report.problems[0]).toContain(`https://book.${STAGE}.example/api/health: HTTP 503`);
    expect(report.problems[0]).toContain('redeployed API release r41');
    expect(report.steps).toEqual(['image', 'migration', 'services', 'sites', 'smoke', 'rollback']);
    const last = env.calls.filter((call) => call.kind === 'sst').at(-1);
    expect(last?.kind === 'sst' && last.env['PD_RELEASE']).toBe('r41');
    expect(env.apiServiceTaskDefinition()?.containerDefinitions[0]?.image).toBe(IMAGE('r41'));
    expect(JSON.parse(env.parameters.get(`/pitchdesk/${STAGE}/release/current`) ?? '{}').release).toBe('r41');
  });

  it('stops when docker build fails: no migration, no deploy', async () => {
    const { env, report } = await deploy({ dockerBuildFails: true });
    expect(report).toMatchObject({ outcome: 'image-failed', steps: ['image'], problems: ['docker build failed (exit 1)'] });
    expect(env.trail).not.toContain('aws ecs:RunTask');
    expect(touchesServices(env.trail)).toBe(false);
  });

  it('reports the sites failing to publish after the services moved, without recording the release', async () => {
    const { env, report } = await deploy({ sitesPublishFails: true });
    expect(report.outcome).toBe('sites-failed');
    expect(report.problems[0]).toBe('publishing the static sites failed (exit 1); the services run r42');
    expect(JSON.parse(env.parameters.get(`/pitchdesk/${STAGE}/release/current`) ?? '{}').release).toBe('r41');
  });

  it('does not rebuild a release already pushed (a rerun deploys the image it tested)', async () => {
    const env = new FakeDeployEnvironment(STAGE, { migrationExitCode: 3 }, LIVE);
    expect((await deployStage(options(), env)).outcome).toBe('migration-failed');
    const rerun = new FakeDeployEnvironment(STAGE, {}, LIVE);
    await rerun.docker(['push', IMAGE('r42')]);
    rerun.calls.length = 0;
    expect((await deployStage(options(), rerun)).outcome).toBe('deployed');
    expect(rerun.trail.filter((call) => call.startsWith('docker'))).toEqual([]);
  });
});

describe('deployStage: what is affected', () => {
  it('deploys only the sites when only a web app changed: no image, no migration, the running API release kept', async () => {
    const { env, report } = await deploy({}, LIVE, { api: false, sites: true, infra: false });
    expect(report).toMatchObject({ outcome: 'deployed', steps: ['image', 'sites', 'smoke', 'record'] });
    expect(env.trail.filter((call) => call.startsWith('docker') || call === 'aws ecs:RunTask' || call === 'sst deploy --exclude sites')).toEqual([]);
    const sst = env.calls.find((call) => call.kind === 'sst');
    expect(sst?.kind === 'sst' && sst.env['PD_RELEASE']).toBe('r41');
    expect(JSON.parse(env.parameters.get(`/pitchdesk/${STAGE}/release/current`) ?? '{}')).toMatchObject({ release: 'r42', apiRelease: 'r41' });
  });

  it('does nothing when nothing deployable is affected', async () => {
    const { env, report } = await deploy({}, LIVE, { api: false, sites: false, infra: false });
    expect(report.outcome).toBe('nothing-to-deploy');
    expect(env.calls).toEqual([]);
  });

  it('refuses a stage without an API release when the API is not part of the deploy', async () => {
    const { report } = await deploy({}, null, { api: false, sites: true, infra: false });
    expect(report).toMatchObject({ outcome: 'refused', problems: [`${STAGE} has no API release yet: its first deploy must include the api part`] });
  });

  it('refuses an unknown stage, naming the known ones', async () => {
    const env = new FakeDeployEnvironment('acme-prod');
    const report = await deployStage({ ...options(), stage: 'acme-prod' }, env);
    expect(report.outcome).toBe('refused');
    expect(report.problems[0]).toMatch(/^Unknown stage "acme-prod"; the customer registry has: lagoverde-staging, lagoverde-prod/);
    expect(env.calls).toEqual([]);
  });
});

describe("deployStage on a stage's first deploy", () => {
  it('creates the repository with scan-on-push and the four tags, creates the stack, then migrates, then publishes', async () => {
    const { env, report } = await deploy({}, null);
    expect(report).toMatchObject({ outcome: 'deployed', steps: ['image', 'services', 'migration', 'sites', 'smoke', 'record'] });
    const created = env.calls.find((call) => call.kind === 'aws' && call.operation === 'ecr:CreateRepository');
    expect(created?.kind === 'aws' && created.input).toEqual({
      repositoryName: `pitchdesk/${STAGE}/api`,
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
      tags: [
        { Key: 'Application', Value: 'pitchdesk' },
        { Key: 'Environment', Value: 'staging' },
        { Key: 'Owner', Value: 'ops@pitchdesk.example' },
        { Key: 'Tenant', Value: 'lagoverde' },
      ],
    });
    const order = env.trail.filter((call) => ['docker push', 'sst deploy --exclude sites', 'aws ecs:RunTask', 'sst deploy'].includes(call));
    expect(order).toEqual(['docker push', 'sst deploy --exclude sites', 'aws ecs:RunTask', 'sst deploy']);
    expect(JSON.parse(env.parameters.get(`/pitchdesk/${STAGE}/release/current`) ?? '{}').previous).toBeNull();
  });

  it('refuses a malformed deprecation manifest before anything happens', async () => {
    const env = new FakeDeployEnvironment(STAGE, {}, LIVE);
    await expect(deployStage({ ...options(), deprecationManifests: [JSON.stringify({ release: '2026.12.0', status: 'pending', columns: [{ table: 'reservation' }] })] }, env)).rejects.toThrow(
      /needs a table \(and column or index\) name and a reason/,
    );
    expect(env.calls).toEqual([]);
  });
});
