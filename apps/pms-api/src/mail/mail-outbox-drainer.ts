import { Inject, Injectable, Logger } from '@nestjs/common';
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { SES_CLIENT } from './ses-client';
import { MailOutboxRepository } from './mail-outbox.repository';
import type { ClaimedMail } from './mail-outbox.repository';
import { OUTBOX_KEY_TAG, outboxKeyTag } from './outbox-key-tag';
import { afterFailure, isPermanentSendError } from './retry-policy';
import type { RetryPolicy } from './retry-policy';

/** What one drain pass did. */
export interface DrainReport {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

export const DEFAULT_DRAIN_BATCH = 10;

// Generous on purpose: a send aborted after SES accepted it is sent again on retry.
const SEND_TIMEOUT_MS = 10_000;
// Far longer than a batch can take (sends run in parallel, each under SEND_TIMEOUT_MS),
// so a live drainer never loses its claim; a dead one's rows are due again after it.
const CLAIM_LEASE_MS = 60_000;

/**
 * Sends the mails of the outbox through SES.
 *
 * Delivery is at least once at the SES boundary, exactly once everywhere else: a row is
 * claimed (committed as `sending` with a lease) before SES is called and marked `sent`
 * after SES accepted it. If this instance dies, or the database is unreachable, between
 * SES accepting and the row being marked, the lease runs out and another drainer sends
 * that mail a second time. SES SendEmail takes no idempotency token, so nothing on our
 * side can make "send" and "record" one atomic step; the window is one round trip per
 * mail, and a rare duplicate confirmation beats a lost one. Everything before that
 * boundary (enqueue in the booking transaction, unique message_key, SKIP LOCKED claims,
 * claim-token fencing) sends each mail once.
 */
@Injectable()
export class MailOutboxDrainer {
  private readonly logger = new Logger('MailOutbox');
  private readonly policy: RetryPolicy;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SES_CLIENT) private readonly ses: SESv2Client,
    private readonly outbox: MailOutboxRepository,
  ) {
    this.policy = {
      baseMs: config.PD_MAIL_RETRY_BASE_MS,
      maxMs: config.PD_MAIL_RETRY_MAX_MS,
      maxAttempts: config.PD_MAIL_MAX_ATTEMPTS,
    };
  }

  /** Claims up to `limit` due mails and sends them; safe to run on any number of instances at once. */
  async drainOnce(limit = DEFAULT_DRAIN_BATCH): Promise<DrainReport> {
    const claim = await this.outbox.claimDue(limit, CLAIM_LEASE_MS);
    const report: DrainReport = { claimed: claim.mails.length, sent: 0, retrying: 0, failed: 0 };
    const outcomes = await Promise.all(claim.mails.map((mail) => this.deliver(mail, claim.token)));
    for (const outcome of outcomes) {
      report[outcome] += 1;
    }
    return report;
  }

  /** Drains until nothing is due (mails that failed now are due later, so this ends). */
  async drainUntilIdle(limit = DEFAULT_DRAIN_BATCH): Promise<DrainReport> {
    const total: DrainReport = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
    for (;;) {
      const report = await this.drainOnce(limit);
      total.claimed += report.claimed;
      total.sent += report.sent;
      total.retrying += report.retrying;
      total.failed += report.failed;
      if (report.claimed < limit) {
        return total;
      }
    }
  }

  private async deliver(mail: ClaimedMail, token: string): Promise<'sent' | 'retrying' | 'failed'> {
    let providerMessageId: string;
    try {
      const response = await this.ses.send(this.command(mail), { abortSignal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
      providerMessageId = response.MessageId ?? '';
    } catch (error) {
      return this.recordFailure(mail, token, error);
    }
    try {
      if (!(await this.outbox.markSent(mail.id, token, providerMessageId))) {
        this.logger.warn({ message: 'mail sent after its claim expired; another drainer may send it too', key: mail.key });
      }
    } catch (error) {
      // The at-least-once window (see the class comment): the row falls due after its lease.
      this.logger.error({ message: 'mail sent but not recorded; it will be sent again', key: mail.key, error: describe(error) });
    }
    return 'sent';
  }

  private async recordFailure(mail: ClaimedMail, token: string, error: unknown): Promise<'retrying' | 'failed'> {
    const reason = describe(error);
    const permanent = isPermanentSendError(error);
    const next = afterFailure(mail.attempt, this.policy, permanent);
    switch (next.action) {
      case 'retry':
        await this.outbox.scheduleRetry(mail.id, token, next.delayMs, reason);
        this.logger.warn({ message: 'mail send failed, will retry', key: mail.key, attempt: mail.attempt, retryInMs: next.delayMs, error: reason });
        return 'retrying';
      case 'give-up':
        await this.outbox.markFailed(mail.id, token, reason);
        this.logger.error({ message: 'mail given up', key: mail.key, attempts: mail.attempt, permanent, error: reason });
        return 'failed';
    }
  }

  private command(mail: ClaimedMail): SendEmailCommand {
    return new SendEmailCommand({
      FromEmailAddress: this.config.PD_MAIL_FROM,
      Destination: { ToAddresses: [mail.to] },
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
        },
      },
      // Lets SES events (bounces, complaints) be matched back to the outbox row.
      EmailTags: [{ Name: OUTBOX_KEY_TAG, Value: outboxKeyTag(mail.key) }],
      // Without it SES publishes no events for the mail (the set routes them to SNS).
      ...(this.config.PD_SES_CONFIGURATION_SET !== undefined && { ConfigurationSetName: this.config.PD_SES_CONFIGURATION_SET }),
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
