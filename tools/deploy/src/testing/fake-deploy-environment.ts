/**
 * A FAKE of everything the deploy command touches (AWS cannot be reached from here): a small
 * in-memory model of one stage's ECR, ECS, SSM, `sst deploy`, docker and the public URLs.
 * It records every call in order, with its input, so tests assert what the deploy did and
 * in which order; `Faults` make one part of the world fail the way AWS reports it.
 */
import type { StackOutputs } from '@pitchdesk/infra/deploy-contract';
import { AwsError } from '../deploy-environment.ts';
import type { AwsApi, AwsOperation, CommandResult, DeployEnvironment, EcsDeployment, EcsService, TaskDefinition } from '../deploy-environment.ts';

export type RecordedCall =
  | { readonly kind: 'aws'; readonly operation: AwsOperation; readonly input: unknown }
  | { readonly kind: 'docker'; readonly args: readonly string[] }
  | { readonly kind: 'sst'; readonly args: readonly string[]; readonly env: Record<string, string> }
  | { readonly kind: 'http'; readonly url: string };

export interface Faults {
  readonly dockerBuildFails?: boolean;
  /** Exit code of `node migrate.js` (0 when absent); `null`: the container never exits (task stops without one). */
  readonly migrationExitCode?: number | null;
  /** RunTask places no task (e.g. no Fargate capacity). */
  readonly runTaskFailure?: string;
  /** The migration task is still RUNNING at every poll. */
  readonly migrationHangs?: boolean;
  /** New API tasks never get healthy: the circuit breaker rolls the API back and `sst deploy` (wait) fails. */
  readonly apiUnstable?: boolean;
  /** The breaker trips but `sst deploy` still exits 0 (wait off, or the provider missed it). */
  readonly rollbackUnreported?: boolean;
  readonly sitesPublishFails?: boolean;
  /** The API answers /api/health with 503 once the new release runs. */
  readonly newReleaseUnhealthy?: boolean;
}

export interface ExistingStage {
  readonly apiRelease: string;
  readonly release: string;
}

const REGION = 'eu-south-1';
const ACCOUNT = '123456789012';

export class FakeDeployEnvironment implements DeployEnvironment {
  readonly calls: RecordedCall[] = [];
  readonly logLines: string[] = [];
  readonly parameters = new Map<string, string>();
  readonly files = new Map<string, string>();
  private readonly repositories = new Map<string, Set<string>>();
  private readonly taskDefinitions = new Map<string, TaskDefinition>();
  private readonly services = new Map<string, EcsService>();
  private migrationTask: { arn: string; image: string } | undefined;
  private sitesRelease: string | undefined;
  private revision = 0;

  readonly stage: string;
  private readonly faults: Faults;
  private seededApiRelease: string | undefined;

  constructor(stage: string, faults: Faults = {}, existing?: ExistingStage) {
    this.stage = stage;
    this.faults = faults;
    if (existing) {
      this.seedExistingStage(existing);
    }
  }

  /** Names of the calls, e.g. `aws ecs:RunTask`, `sst deploy --exclude`, `docker push`. */
  get trail(): string[] {
    return this.calls.map((call) => {
      switch (call.kind) {
        case 'aws':
          return `aws ${call.operation}`;
        case 'docker':
          return `docker ${call.args[0] ?? ''}`;
        case 'sst':
          return call.args.includes('--exclude') ? 'sst deploy --exclude sites' : 'sst deploy';
        case 'http':
          return `GET ${call.url}`;
      }
    });
  }

  apiServiceTaskDefinition(): TaskDefinition | undefined {
    const arn = this.services.get('Api')?.taskDefinition;
    return arn === undefined ? undefined : this.taskDefinitions.get(arn);
  }

  async aws<K extends AwsOperation>(operation: K, input: AwsApi[K]['input']): Promise<AwsApi[K]['output']> {
    this.calls.push({ kind: 'aws', operation, input });
    return this.answer(operation, input as never) as AwsApi[K]['output'];
  }

  async docker(args: readonly string[]): Promise<CommandResult> {
    this.calls.push({ kind: 'docker', args });
    if (args[0] === 'build' && this.faults.dockerBuildFails) {
      return { code: 1, output: 'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully' };
    }
    if (args[0] === 'push') {
      const [repositoryUri = '', tag = ''] = (args[1] ?? '').split(/:(?=[^:]+$)/);
      this.repositories.get(repositoryUri.split('/').slice(1).join('/'))?.add(tag);
    }
    return { code: 0, output: '' };
  }

  async sstDeploy(args: readonly string[], env: Record<string, string>): Promise<CommandResult & { outputs?: Record<string, unknown> }> {
    this.calls.push({ kind: 'sst', args, env });
    const release = env['PD_RELEASE'] ?? '';
    const image = `${this.repositoryUri()}:${release}`;
    this.deployServices(image);
    if (this.faults.apiUnstable && !this.faults.rollbackUnreported && !this.isRunning(image)) {
      return { code: 1, output: 'Error: waiting for ECS Service (Api) to reach steady state: circuit breaker rolled back' };
    }
    if (!args.includes('--exclude')) {
      if (this.faults.sitesPublishFails) {
        return { code: 1, output: 'BookingSite: AccessDenied: s3:PutObject' };
      }
      this.sitesRelease = release;
    }
    return { code: 0, output: '', outputs: { ...this.outputs(), release, apiImage: image } };
  }

  async httpGet(url: string): Promise<{ status: number; body: string }> {
    this.calls.push({ kind: 'http', url });
    const base = `https://book.${this.domain()}`;
    if (url.endsWith('/config.json')) {
      return { status: this.sitesRelease ? 200 : 404, body: JSON.stringify({ apiBaseUrl: '/api', hubUrl: `https://hub.${this.domain()}/.well-known/mercure`, propertySlug: 'x' }) };
    }
    if (url === `${base}/api/health`) {
      const running = this.apiServiceTaskDefinition()?.containerDefinitions[0]?.image.split(':').pop();
      const unhealthy = this.faults.newReleaseUnhealthy && running !== this.seededApiRelease;
      return unhealthy ? { status: 503, body: '{"status":"down"}' } : { status: 200, body: JSON.stringify({ status: 'ok', version: running }) };
    }
    return { status: 200, body: 'OK' };
  }

  async readFile(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }

  async sleep(): Promise<void> {
    // Polls are counted, never timed.
  }

  now(): Date {
    return new Date('2026-11-22T08:00:00.000Z');
  }

  log(line: string): void {
    this.logLines.push(line);
  }

  private seedExistingStage(existing: ExistingStage): void {
    this.seededApiRelease = existing.apiRelease;
    const repository = `pitchdesk/${this.stage}/api`;
    this.repositories.set(repository, new Set([existing.apiRelease]));
    const image = `${this.repositoryUri()}:${existing.apiRelease}`;
    this.deployServices(image);
    this.sitesRelease = existing.release;
    this.parameters.set(`/pitchdesk/${this.stage}/stack-outputs`, JSON.stringify(this.outputs()));
    this.parameters.set(
      `/pitchdesk/${this.stage}/release/current`,
      JSON.stringify({ stage: this.stage, release: existing.release, apiRelease: existing.apiRelease, image, deployedAt: '2026-11-01T08:00:00.000Z', previous: null, deprecations: [] }),
    );
  }

  private domain(): string {
    return `${this.stage}.example`;
  }

  private repositoryUri(): string {
    return `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/pitchdesk/${this.stage}/api`;
  }

  private outputs(): StackOutputs {
    return {
      release: '',
      apiImage: '',
      clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/pitchdesk-${this.stage}`,
      apiServiceName: 'Api',
      hubServiceName: 'Hub',
      proxysqlServiceName: 'ProxySql',
      migrateTaskDefinition: this.register('Migrate', `${this.repositoryUri()}:stack`),
      taskSubnets: ['subnet-private-a', 'subnet-private-b'],
      taskSecurityGroups: ['sg-tasks'],
      bookingUrl: `https://book.${this.domain()}`,
      consoleUrl: `https://staff.${this.domain()}`,
      hubUrl: `https://hub.${this.domain()}`,
    };
  }

  private register(family: string, image: string): string {
    const existing = [...this.taskDefinitions.values()].find((definition) => definition.family === family && definition.containerDefinitions[0]?.image === image);
    if (existing) {
      return existing.taskDefinitionArn;
    }
    this.revision += 1;
    const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:${this.revision}`;
    this.taskDefinitions.set(arn, { taskDefinitionArn: arn, family, networkMode: 'awsvpc', cpu: '512', memory: '1024', containerDefinitions: [{ name: family, image, secrets: [] }] });
    return arn;
  }

  private isRunning(image: string): boolean {
    return this.apiServiceTaskDefinition()?.containerDefinitions[0]?.image === image;
  }

  /** What ECS does with a new API task definition: a rollout that completes, or one the breaker rolls back. */
  private deployServices(image: string): void {
    const previous = this.services.get('Api');
    const next = this.register('Api', image);
    for (const name of ['Hub', 'ProxySql']) {
      const arn = this.register(name, `${name.toLowerCase()}:pinned`);
      this.services.set(name, { serviceName: name, taskDefinition: arn, deployments: [{ id: `${name}-1`, status: 'PRIMARY', taskDefinition: arn, rolloutState: 'COMPLETED' }] });
    }
    if (previous?.taskDefinition === next) {
      return;
    }
    const deployments: EcsDeployment[] =
      this.faults.apiUnstable && previous
        ? [
            { id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: previous.taskDefinition, rolloutState: 'COMPLETED' },
            { id: 'ecs-svc/3', status: 'ACTIVE', taskDefinition: next, rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.' },
          ]
        : [{ id: 'ecs-svc/3', status: 'PRIMARY', taskDefinition: next, rolloutState: 'COMPLETED' }];
    const serving = deployments.find((deployment) => deployment.status === 'PRIMARY')?.taskDefinition ?? next;
    this.services.set('Api', { serviceName: 'Api', taskDefinition: serving, deployments });
  }

  private answer(operation: AwsOperation, input: Record<string, unknown>): unknown {
    switch (operation) {
      case 'ssm:GetParameter': {
        const value = this.parameters.get(String(input['Name']));
        if (value === undefined) {
          throw new AwsError('ParameterNotFound', String(input['Name']));
        }
        return { Parameter: { Value: value } };
      }
      case 'ssm:PutParameter':
        this.parameters.set(String(input['Name']), String(input['Value']));
        return {};
      case 'ecr:DescribeRepositories': {
        const name = (input['repositoryNames'] as string[])[0] ?? '';
        if (!this.repositories.has(name)) {
          throw new AwsError('RepositoryNotFoundException', `The repository with name '${name}' does not exist`);
        }
        return { repositories: [{ repositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}` }] };
      }
      case 'ecr:CreateRepository': {
        const name = String(input['repositoryName']);
        this.repositories.set(name, new Set());
        return { repository: { repositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}` } };
      }
      case 'ecr:PutLifecyclePolicy':
        return {};
      case 'ecr:DescribeImages': {
        const tag = (input['imageIds'] as { imageTag: string }[])[0]?.imageTag ?? '';
        if (!this.repositories.get(String(input['repositoryName']))?.has(tag)) {
          throw new AwsError('ImageNotFoundException', `The image with imageId {imageTag:'${tag}'} does not exist`);
        }
        return { imageDetails: [{ imageTags: [tag] }] };
      }
      case 'ecr:GetAuthorizationToken':
        return { authorizationData: [{ authorizationToken: Buffer.from('AWS:fake-password').toString('base64'), proxyEndpoint: `https://${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com` }] };
      case 'ecs:DescribeTaskDefinition': {
        const found = this.taskDefinitions.get(String(input['taskDefinition']));
        if (!found) {
          throw new AwsError('ClientException', 'Unable to describe task definition.');
        }
        return { taskDefinition: found };
      }
      case 'ecs:RegisterTaskDefinition': {
        const containers = input['containerDefinitions'] as { image: string }[];
        const arn = this.register(String(input['family']), containers[0]?.image ?? '');
        return { taskDefinition: this.taskDefinitions.get(arn) };
      }
      case 'ecs:RunTask': {
        if (this.faults.runTaskFailure) {
          return { tasks: [], failures: [{ reason: this.faults.runTaskFailure }] };
        }
        const image = this.taskDefinitions.get(String(input['taskDefinition']))?.containerDefinitions[0]?.image ?? '';
        this.migrationTask = { arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task/pitchdesk-${this.stage}/0f1e2d3c`, image };
        return { tasks: [{ taskArn: this.migrationTask.arn, lastStatus: 'PROVISIONING', containers: [{ name: 'Migrate' }] }], failures: [] };
      }
      case 'ecs:DescribeTasks': {
        const arn = this.migrationTask?.arn ?? '';
        if (this.faults.migrationHangs) {
          return { tasks: [{ taskArn: arn, lastStatus: 'RUNNING', containers: [{ name: 'Migrate' }] }], failures: [] };
        }
        const exitCode = this.faults.migrationExitCode === undefined ? 0 : this.faults.migrationExitCode;
        return {
          tasks: [
            exitCode === null
              ? { taskArn: arn, lastStatus: 'STOPPED', stopCode: 'TaskFailedToStart', stoppedReason: 'ResourceInitializationError: unable to pull secrets', containers: [{ name: 'Migrate' }] }
              : { taskArn: arn, lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers: [{ name: 'Migrate', exitCode }] },
          ],
          failures: [],
        };
      }
      case 'ecs:DescribeServices': {
        const names = input['services'] as string[];
        return { services: names.map((name) => this.services.get(name)).filter((service) => service !== undefined) };
      }
    }
  }
}
