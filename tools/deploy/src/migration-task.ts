import type { StackOutputs } from '@pitchdesk/infra/deploy-contract';
import type { DeployEnvironment, TaskDefinition } from './deploy-environment.ts';
import type { MigrationOutcome } from './migration-exit.ts';
import { migrationOutcome } from './migration-exit.ts';

export interface Polling {
  readonly intervalMs: number;
  readonly maxPolls: number;
}

// What RegisterTaskDefinition accepts back from DescribeTaskDefinition's answer.
const REGISTRABLE = ['family', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'volumes', 'requiresCompatibilities', 'cpu', 'memory', 'runtimePlatform', 'ephemeralStorage'] as const;

/** A revision of the stack's migration task definition running `image` (the stack's own is the previous release's). */
async function registerWithImage(env: DeployEnvironment, taskDefinitionArn: string, image: string): Promise<string> {
  const { taskDefinition } = await env.aws('ecs:DescribeTaskDefinition', { taskDefinition: taskDefinitionArn });
  const input: Record<string, unknown> = {};
  for (const key of REGISTRABLE) {
    if (taskDefinition[key] !== undefined) {
      input[key] = taskDefinition[key];
    }
  }
  input['containerDefinitions'] = taskDefinition.containerDefinitions.map((container) => ({ ...container, image }));
  const registered: { taskDefinition: TaskDefinition } = await env.aws('ecs:RegisterTaskDefinition', input);
  return registered.taskDefinition.taskDefinitionArn;
}

/**
 * Runs `node migrate.js` as a one-off Fargate task with the new image and waits for it to
 * stop. The task may go PENDING -> STOPPED between two polls, so only STOPPED is a gate.
 */
export async function runMigration(env: DeployEnvironment, outputs: StackOutputs, image: string, release: string, polling: Polling): Promise<MigrationOutcome> {
  const taskDefinition = await registerWithImage(env, outputs.migrateTaskDefinition, image);
  const started = await env.aws('ecs:RunTask', {
    cluster: outputs.clusterArn,
    taskDefinition,
    launchType: 'FARGATE',
    startedBy: `deploy-${release}`.slice(0, 36),
    networkConfiguration: { awsvpcConfiguration: { subnets: [...outputs.taskSubnets], securityGroups: [...outputs.taskSecurityGroups], assignPublicIp: 'DISABLED' } },
  });
  const taskArn = started.tasks[0]?.taskArn;
  if (!taskArn) {
    return migrationOutcome(undefined, `RunTask started nothing: ${started.failures.map((failure) => failure.reason).join('; ') || 'no failure given'}`);
  }
  env.log(`migration task ${taskArn} started`);
  for (let poll = 0; poll < polling.maxPolls; poll += 1) {
    await env.sleep(polling.intervalMs);
    const described = await env.aws('ecs:DescribeTasks', { cluster: outputs.clusterArn, tasks: [taskArn] });
    const task = described.tasks[0];
    if (task?.lastStatus === 'STOPPED') {
      const container = task.containers[0];
      return migrationOutcome(container?.exitCode, [task.stopCode, task.stoppedReason, container?.reason].filter(Boolean).join(': '));
    }
  }
  return migrationOutcome(undefined, `still running after ${polling.maxPolls} polls (task ${taskArn} left running; it holds the schema lock until it ends)`);
}
