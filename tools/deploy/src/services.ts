import type { StackOutputs } from '@pitchdesk/infra/deploy-contract';
import type { DeployEnvironment, EcsService } from './deploy-environment.ts';

export interface Rollback {
  readonly service: string;
  /** The task definition the circuit breaker put back. */
  readonly restoredTaskDefinition: string;
  readonly reason: string;
}

export interface ServiceCheck {
  readonly rollbacks: readonly Rollback[];
  /** The API runs the image just deployed and its rollout completed. */
  readonly apiOnImage: boolean;
}

function rollbackOf(service: EcsService): Rollback | undefined {
  const failed = service.deployments.find((deployment) => deployment.rolloutState === 'FAILED');
  if (!failed) {
    return undefined;
  }
  const primary = service.deployments.find((deployment) => deployment.status === 'PRIMARY');
  return { service: service.serviceName, restoredTaskDefinition: primary?.taskDefinition ?? service.taskDefinition, reason: failed.rolloutStateReason ?? 'rollout failed' };
}

/**
 * After `sst deploy` (which waits for steady state), ask ECS what actually happened: a
 * deployment circuit breaker that tripped leaves a FAILED rollout and the previous task
 * definition as PRIMARY, which is a rollback, even if the deploy command itself succeeded.
 */
export async function inspectServices(env: DeployEnvironment, outputs: StackOutputs, image: string): Promise<ServiceCheck> {
  const names = [outputs.apiServiceName, outputs.hubServiceName, outputs.proxysqlServiceName];
  const { services } = await env.aws('ecs:DescribeServices', { cluster: outputs.clusterArn, services: names });
  const rollbacks = services.map(rollbackOf).filter((rollback): rollback is Rollback => rollback !== undefined);
  const api = services.find((service) => service.serviceName === outputs.apiServiceName);
  const primary = api?.deployments.find((deployment) => deployment.status === 'PRIMARY');
  let apiOnImage = false;
  if (primary && primary.rolloutState !== 'FAILED') {
    const { taskDefinition } = await env.aws('ecs:DescribeTaskDefinition', { taskDefinition: primary.taskDefinition });
    apiOnImage = taskDefinition.containerDefinitions.some((container) => container.image === image);
  }
  return { rollbacks, apiOnImage };
}
