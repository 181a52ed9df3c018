import * as z from 'zod';
import { OUTBOX_KEY_TAG } from './outbox-key-tag';

export type DeliveryStatus = 'delivered' | 'bounced' | 'complained' | 'rejected';

/** What one SES event says about one mail, in the terms the outbox records. */
export interface DeliveryOutcome {
  readonly status: DeliveryStatus;
  /** The outbox-key tag the drainer set, or null for a mail sent some other way. */
  readonly outboxTag: string | null;
  readonly providerMessageId: string;
  readonly detail: string;
  /** When SES saw it happen: orders events that SNS delivers out of order. */
  readonly occurredAt: Date;
}

const timestamp = z.iso.datetime({ offset: true });
const mail = z.object({
  messageId: z.string().min(1),
  timestamp,
  tags: z.record(z.string(), z.array(z.string())).optional(),
});

// Event publishing's shapes (SES "event publishing" JSON, eventType); fields we do not read are ignored.
const handledEvent = z.discriminatedUnion('eventType', [
  z.object({
    eventType: z.literal('Bounce'),
    mail,
    bounce: z.object({
      bounceType: z.string(),
      bounceSubType: z.string().optional(),
      timestamp,
      bouncedRecipients: z.array(z.object({ emailAddress: z.string(), diagnosticCode: z.string().optional() })).default([]),
    }),
  }),
  z.object({
    eventType: z.literal('Complaint'),
    mail,
    complaint: z.object({ timestamp, complaintFeedbackType: z.string().optional() }),
  }),
  z.object({
    eventType: z.literal('Delivery'),
    mail,
    delivery: z.object({ timestamp, smtpResponse: z.string().optional() }),
  }),
  z.object({ eventType: z.literal('Reject'), mail, reject: z.object({ reason: z.string() }) }),
]);
type HandledEvent = z.infer<typeof handledEvent>;

const HANDLED = new Set(['Bounce', 'Complaint', 'Delivery', 'Reject']);

/**
 * The outcome an SES event records, or null for the kinds the outbox does not track
 * (Send, DeliveryDelay, Open, Click ...: the configuration set publishes some of them too).
 * Throws a ZodError when a tracked kind lacks what it needs.
 */
export function deliveryOutcomeOf(event: unknown): DeliveryOutcome | null {
  const { eventType } = z.object({ eventType: z.string() }).parse(event);
  if (!HANDLED.has(eventType)) {
    return null;
  }
  const parsed = handledEvent.parse(event);
  return {
    ...outcomeDetails(parsed),
    outboxTag: parsed.mail.tags?.[OUTBOX_KEY_TAG]?.[0] ?? null,
    providerMessageId: parsed.mail.messageId,
  };
}

function outcomeDetails(event: HandledEvent): Pick<DeliveryOutcome, 'status' | 'detail' | 'occurredAt'> {
  switch (event.eventType) {
    case 'Bounce': {
      const recipients = event.bounce.bouncedRecipients.map((recipient) => `${recipient.emailAddress}${recipient.diagnosticCode ? ` (${recipient.diagnosticCode})` : ''}`);
      const kind = [event.bounce.bounceType, event.bounce.bounceSubType].filter(Boolean).join('/');
      return { status: 'bounced', detail: [kind, ...recipients].join(': '), occurredAt: new Date(event.bounce.timestamp) };
    }
    case 'Complaint':
      return { status: 'complained', detail: event.complaint.complaintFeedbackType ?? 'complaint', occurredAt: new Date(event.complaint.timestamp) };
    case 'Delivery':
      return { status: 'delivered', detail: event.delivery.smtpResponse ?? 'delivered', occurredAt: new Date(event.delivery.timestamp) };
    case 'Reject':
      // A reject carries no time of its own: SES rejects at send time.
      return { status: 'rejected', detail: event.reject.reason, occurredAt: new Date(event.mail.timestamp) };
  }
}
