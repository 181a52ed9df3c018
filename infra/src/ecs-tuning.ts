/**
 * Settings SST's Service and Task leave at ECS defaults that do not suit us, applied through
 * their `transform` hooks.
 */

/**
 * Seconds ECS waits between SIGTERM and SIGKILL (Fargate default 30, maximum 120). SST
 * passes container definitions as a JSON string, hence the parse and re-serialise.
 */
export function withStopTimeout(seconds: number) {
  return (args: aws.ecs.TaskDefinitionArgs): undefined => {
    args.containerDefinitions = $output(args.containerDefinitions).apply((json) =>
      JSON.stringify((JSON.parse(json) as Record<string, unknown>[]).map((container) => ({ ...container, stopTimeout: seconds }))),
    );
    return undefined;
  };
}

export interface RolloutSettings {
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  readonly healthCheckGracePeriodSeconds?: number;
}

/**
 * Rolling update bounds, and `desiredCount` left to auto-scaling after the first deploy:
 * otherwise every deploy resets a scaled-out service to its minimum, mid-peak.
 */
export function withRollout(settings: RolloutSettings) {
  return (args: aws.ecs.ServiceArgs, opts: $util.CustomResourceOptions): undefined => {
    args.deploymentMinimumHealthyPercent = settings.minimumHealthyPercent;
    args.deploymentMaximumPercent = settings.maximumPercent;
    if (settings.healthCheckGracePeriodSeconds !== undefined) {
      args.healthCheckGracePeriodSeconds = settings.healthCheckGracePeriodSeconds;
    }
    opts.ignoreChanges = [...(opts.ignoreChanges ?? []), 'desiredCount'];
    return undefined;
  };
}
