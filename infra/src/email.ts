import type { StageConfig } from './customer-config.ts';
import { dnsOf, hostsOf } from './hosts.ts';

/** Where SNS delivers SES events; the API confirms the subscription and checks SNS signatures. */
export const SES_WEBHOOK_PATH = '/api/mail/ses-events';

/**
 * SES domain identity with DKIM (SST Email creates the Easy DKIM records in the stage's
 * zone) and a configuration set whose delivery events go to SNS, then to the API's webhook
 * over HTTPS. SNS -> HTTPS is not something SST's Email offers: raw topic + subscription.
 */
export function email(config: StageConfig): { identity: sst.aws.Email; events: aws.sns.Topic } {
  const events = new aws.sns.Topic('MailEvents', {});
  new aws.sns.TopicPolicy('MailEventsPolicy', {
    arn: events.arn,
    policy: $jsonStringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ses.amazonaws.com' }, Action: 'sns:Publish', Resource: events.arn }],
    }),
  });
  const identity = new sst.aws.Email('Mail', {
    sender: hostsOf(config).mail,
    dns: dnsOf(config),
    dmarc: 'v=DMARC1; p=quarantine; adkim=s; aspf=s;',
    events: [{ name: 'delivery', types: ['send', 'delivery', 'bounce', 'complaint', 'reject', 'delivery-delay'], topic: events.arn }],
  });
  new aws.sns.TopicSubscription('MailEventsWebhook', {
    topic: events.arn,
    protocol: 'https',
    endpoint: `https://${hostsOf(config).api}${SES_WEBHOOK_PATH}`,
    // Retries with back-off while the API is deploying or briefly down.
    deliveryPolicy: JSON.stringify({ healthyRetryPolicy: { numRetries: 20, minDelayTarget: 5, maxDelayTarget: 300, backoffFunction: 'exponential' } }),
  });
  return { identity, events };
}
