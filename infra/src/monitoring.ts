import type { StageConfig } from './customer-config.ts';

/** Log group of one process kind; named by us (not SST's default) so filters can find it. */
export function logGroupName(config: StageConfig, component: string): string {
  return `/pitchdesk/${config.stage}/${component}`;
}

export function logging(config: StageConfig, component: string): { name: string; retention: StageConfig['logRetention'] } {
  return { name: logGroupName(config, component), retention: config.logRetention };
}

function alarmTopic(name: string, config: StageConfig, opts?: $util.CustomResourceOptions): aws.sns.Topic {
  const topic = new aws.sns.Topic(name, {}, opts);
  new aws.sns.TopicSubscription(`${name}Email`, { topic: topic.arn, protocol: 'email', endpoint: config.alarmEmail }, opts);
  // EventBridge rules publish here too (ECR findings, ECS rollbacks).
  new aws.sns.TopicPolicy(
    `${name}Policy`,
    {
      arn: topic.arn,
      policy: $jsonStringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: ['events.amazonaws.com', 'cloudwatch.amazonaws.com'] },
            Action: 'sns:Publish',
            Resource: topic.arn,
          },
        ],
      }),
    },
    opts,
  );
  return topic;
}

export interface MonitoringInput {
  /** Components whose JSON logs are watched for `level` fatal/error lines. */
  readonly logComponents: readonly { name: string; dependsOn: $util.Resource }[];
  readonly distributions: readonly { name: string; id: $util.Input<string> }[];
  readonly usEast1: aws.Provider;
  readonly apiRepositoryName: $util.Input<string>;
}

/**
 * Alarms that reach a person: fatal log lines (any) and error bursts from the API's JSON
 * logs, CloudFront 5xx rates, image scan findings, and ECS deployments that failed (rolled back).
 */
export function monitoring(config: StageConfig, input: MonitoringInput): { alarms: aws.sns.Topic } {
  const alarms = alarmTopic('Alarms', config);
  // CloudFront metrics live in us-east-1, and an alarm can only notify a topic in its region.
  const edgeAlarms = alarmTopic('EdgeAlarms', config, { provider: input.usEast1 });
  const namespace = `Pitchdesk/${config.stage}`;

  for (const component of input.logComponents) {
    const watch = (level: 'fatal' | 'error', threshold: number, periodSeconds: number): void => {
      const id = `${component.name}${level === 'fatal' ? 'Fatal' : 'Error'}`;
      const metricName = `${component.name}-${level}-lines`;
      new aws.cloudwatch.LogMetricFilter(
        `${id}Lines`,
        {
          logGroupName: logGroupName(config, component.name),
          pattern: `{ $.level = "${level}" }`,
          metricTransformation: { name: metricName, namespace, value: '1', defaultValue: '0' },
        },
        { dependsOn: [component.dependsOn] },
      );
      new aws.cloudwatch.MetricAlarm(`${id}Alarm`, {
        alarmDescription: `${config.stage}: ${component.name} logged ${threshold}+ ${level} line(s) in ${periodSeconds / 60} min`,
        namespace,
        metricName,
        statistic: 'Sum',
        period: periodSeconds,
        evaluationPeriods: 1,
        threshold,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
        treatMissingData: 'notBreaching',
        alarmActions: [alarms.arn],
        okActions: [alarms.arn],
      });
    };
    watch('fatal', 1, 60);
    watch('error', 20, 300);
  }

  for (const distribution of input.distributions) {
    new aws.cloudwatch.MetricAlarm(
      `${distribution.name}5xxAlarm`,
      {
        alarmDescription: `${config.stage}: ${distribution.name} serves more than 2% 5xx`,
        namespace: 'AWS/CloudFront',
        metricName: '5xxErrorRate',
        dimensions: { DistributionId: distribution.id, Region: 'Global' },
        statistic: 'Average',
        period: 300,
        evaluationPeriods: 2,
        threshold: 2,
        comparisonOperator: 'GreaterThanThreshold',
        treatMissingData: 'notBreaching',
        alarmActions: [edgeAlarms.arn],
        okActions: [edgeAlarms.arn],
      },
      { provider: input.usEast1 },
    );
  }

  const forward = (name: string, eventPattern: $util.Input<string>): void => {
    const rule = new aws.cloudwatch.EventRule(name, { eventPattern });
    new aws.cloudwatch.EventTarget(`${name}Target`, { rule: rule.name, arn: alarms.arn });
  };
  forward(
    'ImageScanFindings',
    $jsonStringify({
      source: ['aws.ecr'],
      'detail-type': ['ECR Image Scan'],
      detail: {
        'repository-name': [input.apiRepositoryName],
        'finding-severity-counts': { $or: [{ CRITICAL: [{ numeric: ['>', 0] }] }, { HIGH: [{ numeric: ['>', 0] }] }] },
      },
    }),
  );
  forward(
    'ServiceDeploymentFailed',
    JSON.stringify({
      source: ['aws.ecs'],
      'detail-type': ['ECS Deployment State Change'],
      detail: { eventName: ['SERVICE_DEPLOYMENT_FAILED'] },
    }),
  );
  return { alarms };
}
