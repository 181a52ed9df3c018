/**
 * Everything the deploy command does to the outside world goes through this port: AWS API
 * calls (shaped exactly like the AWS API's requests and responses), the docker and sst
 * command lines, and HTTP for the smoke test. The real one is aws-cli-environment.ts; the
 * tests use testing/fake-deploy-environment.ts, which records every call.
 */

export interface EcsContainer {
  readonly name: string;
  readonly exitCode?: number;
  readonly reason?: string;
  readonly image?: string;
}
export interface EcsTask {
  readonly taskArn: string;
  readonly lastStatus: string;
  readonly stopCode?: string;
  readonly stoppedReason?: string;
  readonly containers: readonly EcsContainer[];
}
export interface EcsDeployment {
  readonly id: string;
  readonly status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
  readonly taskDefinition: string;
  readonly rolloutState?: 'COMPLETED' | 'FAILED' | 'IN_PROGRESS';
  readonly rolloutStateReason?: string;
}
export interface EcsService {
  readonly serviceName: string;
  readonly taskDefinition: string;
  readonly deployments: readonly EcsDeployment[];
}
export interface ContainerDefinition {
  readonly name: string;
  readonly image: string;
  readonly [key: string]: unknown;
}
export interface TaskDefinition {
  readonly taskDefinitionArn: string;
  readonly family: string;
  readonly containerDefinitions: readonly ContainerDefinition[];
  readonly [key: string]: unknown;
}

/** The AWS API operations used, by `service:Operation`, with the fields the deploy reads. */
export interface AwsApi {
  'ecr:DescribeRepositories': { input: { repositoryNames: string[] }; output: { repositories: { repositoryUri: string }[] } };
  'ecr:CreateRepository': {
    input: {
      repositoryName: string;
      imageTagMutability: 'IMMUTABLE';
      imageScanningConfiguration: { scanOnPush: boolean };
      encryptionConfiguration: { encryptionType: 'AES256' };
      tags: { Key: string; Value: string }[];
    };
    output: { repository: { repositoryUri: string } };
  };
  'ecr:PutLifecyclePolicy': { input: { repositoryName: string; lifecyclePolicyText: string }; output: object };
  'ecr:DescribeImages': { input: { repositoryName: string; imageIds: { imageTag: string }[] }; output: { imageDetails: { imageTags: string[] }[] } };
  'ecr:GetAuthorizationToken': { input: object; output: { authorizationData: { authorizationToken: string; proxyEndpoint: string }[] } };
  'ecs:DescribeTaskDefinition': { input: { taskDefinition: string }; output: { taskDefinition: TaskDefinition } };
  'ecs:RegisterTaskDefinition': { input: Record<string, unknown>; output: { taskDefinition: TaskDefinition } };
  'ecs:RunTask': {
    input: {
      cluster: string;
      taskDefinition: string;
      launchType: 'FARGATE';
      startedBy: string;
      networkConfiguration: { awsvpcConfiguration: { subnets: string[]; securityGroups: string[]; assignPublicIp: 'DISABLED' } };
    };
    output: { tasks: EcsTask[]; failures: { reason: string; arn?: string }[] };
  };
  'ecs:DescribeTasks': { input: { cluster: string; tasks: string[] }; output: { tasks: EcsTask[]; failures: { reason: string }[] } };
  'ecs:DescribeServices': { input: { cluster: string; services: string[] }; output: { services: EcsService[] } };
  'ssm:GetParameter': { input: { Name: string }; output: { Parameter: { Value: string } } };
  'ssm:PutParameter': { input: { Name: string; Value: string; Type: 'String'; Overwrite: true }; output: object };
}
export type AwsOperation = keyof AwsApi;

/** An AWS error as the API names it (e.g. `ParameterNotFound`, `RepositoryNotFoundException`). */
export class AwsError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'AwsError';
    this.code = code;
  }
}

export interface CommandResult {
  readonly code: number;
  readonly output: string;
}

export interface DeployEnvironment {
  aws<K extends AwsOperation>(operation: K, input: AwsApi[K]['input']): Promise<AwsApi[K]['output']>;
  /** `docker <args>` in the repo root. */
  docker(args: readonly string[], stdin?: string): Promise<CommandResult>;
  /** `sst deploy` in infra/ with extra environment; returns the stack outputs when it succeeded. */
  sstDeploy(args: readonly string[], env: Record<string, string>): Promise<CommandResult & { outputs?: Record<string, unknown> }>;
  httpGet(url: string): Promise<{ status: number; body: string }>;
  readFile(path: string): Promise<string | undefined>;
  sleep(ms: number): Promise<void>;
  now(): Date;
  log(line: string): void;
}
