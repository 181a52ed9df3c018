import { Inject, Injectable, Logger } from '@nestjs/common';
import * as z from 'zod';
import { parseInput } from '../common/validation';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { MailDeliveryRepository } from './mail-delivery.repository';
import { MailError, MailErrorCode } from './mail.errors';
import { deliveryOutcomeOf } from './ses-event';
import type { DeliveryOutcome } from './ses-event';
import type { SesEventsAnswer } from './ses-events-answer';
import { snsMessageSchema } from './sns-message';
import type { SnsMessage } from './sns-message';
import { SnsSignatureVerifier } from './sns-signature-verifier';

const CONFIRM_TIMEOUT_MS = 5_000;

/** Takes what SNS POSTs for the SES configuration set's topic: confirms the subscription, records delivery outcomes. */
@Injectable()
export class SesEventsService {
  private readonly logger = new Logger('SesEvents');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly verifier: SnsSignatureVerifier,
    private readonly deliveries: MailDeliveryRepository,
  ) {}

  /** `body` is the request body: SNS sends its JSON as text/plain, so usually a string. */
  async receive(body: unknown): Promise<SesEventsAnswer> {
    const topicArn = this.config.PD_SES_EVENTS_TOPIC_ARN;
    if (topicArn === undefined) {
      throw new MailError(MailErrorCode.SES_EVENTS_DISABLED, 'this stack takes no SES events (PD_SES_EVENTS_TOPIC_ARN is not set)');
    }
    const message = parseInput(snsMessageSchema, typeof body === 'string' ? parseJson(body, 'the body') : body, 'body');
    // Before the signature: a foreign topic never makes us fetch a certificate.
    if (message.TopicArn !== topicArn) {
      throw new MailError(MailErrorCode.UNKNOWN_TOPIC, 'messages from this SNS topic are not accepted', { topicArn: message.TopicArn });
    }
    await this.verifier.verify(message);
    switch (message.Type) {
      case 'SubscriptionConfirmation':
        return this.confirm(message.SubscribeURL, message.MessageId);
      case 'UnsubscribeConfirmation':
        // Someone unsubscribed the webhook: from now on no SES event arrives. Loud, not fatal.
        this.logger.error({ message: 'the SES events subscription was removed; resubscribe the webhook', topicArn, messageId: message.MessageId });
        return { result: 'unsubscribed' };
      case 'Notification':
        return this.record(message);
    }
  }

  /**
   * Visits SubscribeURL. Its host is not checked like SigningCertURL's: it is one of the
   * signed fields, so by now SNS itself has vouched for it.
   */
  private async confirm(subscribeUrl: string, messageId: string): Promise<SesEventsAnswer> {
    let status: number;
    try {
      status = (await fetch(subscribeUrl, { redirect: 'error', signal: AbortSignal.timeout(CONFIRM_TIMEOUT_MS) })).status;
    } catch (error) {
      status = 0;
      this.logger.warn({ message: 'SNS subscription confirmation failed', messageId, error: error instanceof Error ? error.message : String(error) });
    }
    if (status < 200 || status > 299) {
      throw new MailError(MailErrorCode.CONFIRMATION_FAILED, 'SNS did not take the subscription confirmation; it will send it again', { status });
    }
    this.logger.log({ message: 'SES events subscription confirmed', messageId });
    return { result: 'confirmed' };
  }

  private async record(message: Extract<SnsMessage, { Type: 'Notification' }>): Promise<SesEventsAnswer> {
    const outcome = sesOutcomeOf(message.Message);
    if (!outcome) {
      return { result: 'ignored' };
    }
    const { outboxTag } = outcome;
    if (outboxTag === null) {
      this.logger.warn({ message: 'SES event for a mail without an outbox-key tag', status: outcome.status, providerMessageId: outcome.providerMessageId });
      return { result: 'no-such-mail' };
    }
    const result = await this.deliveries.record({ ...outcome, outboxTag });
    const log = { message: `mail ${outcome.status}`, outboxTag, result, detail: outcome.detail, snsMessageId: message.MessageId };
    if (result === 'recorded' && (outcome.status === 'bounced' || outcome.status === 'complained' || outcome.status === 'rejected')) {
      this.logger.warn(log);
    } else {
      this.logger.log(log);
    }
    return { result };
  }
}

function sesOutcomeOf(text: string): DeliveryOutcome | null {
  try {
    return deliveryOutcomeOf(parseJson(text, 'Message'));
  } catch (error) {
    if (error instanceof z.ZodError) {
      throw new MailError(MailErrorCode.MALFORMED_MESSAGE, `Message is not an SES event: ${z.prettifyError(error)}`);
    }
    throw error;
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MailError(MailErrorCode.MALFORMED_MESSAGE, `${what} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
