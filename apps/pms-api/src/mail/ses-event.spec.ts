import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { deliveryOutcomeOf } from './ses-event';

const mail = {
  timestamp: '2026-11-22T10:00:00.000Z',
  messageId: 'ses-0102',
  source: 'bookings@pitchdesk.example',
  destination: ['guest@example.com'],
  tags: { 'outbox-key': ['booking-confirmed_AB12CD34'], 'ses:configuration-set': ['pitchdesk-mail'] },
};

describe('deliveryOutcomeOf', () => {
  it.each([
    [
      'a permanent bounce',
      {
        eventType: 'Bounce',
        bounce: {
          bounceType: 'Permanent',
          bounceSubType: 'General',
          timestamp: '2026-11-22T10:00:05.000Z',
          bouncedRecipients: [{ emailAddress: 'guest@example.com', diagnosticCode: 'smtp; 550 5.1.1 user unknown', status: '5.1.1', action: 'failed' }],
          feedbackId: 'f-1',
        },
      },
      { status: 'bounced', detail: 'Permanent/General: guest@example.com (smtp; 550 5.1.1 user unknown)', occurredAt: new Date('2026-11-22T10:00:05.000Z') },
    ],
    [
      'a complaint',
      { eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'guest@example.com' }], timestamp: '2026-11-23T08:00:00.000Z', complaintFeedbackType: 'abuse', feedbackId: 'f-2' } },
      { status: 'complained', detail: 'abuse', occurredAt: new Date('2026-11-23T08:00:00.000Z') },
    ],
    [
      'a delivery',
      { eventType: 'Delivery', delivery: { timestamp: '2026-11-22T10:00:02.000Z', processingTimeMillis: 2000, recipients: ['guest@example.com'], smtpResponse: '250 2.6.0 Message received' } },
      { status: 'delivered', detail: '250 2.6.0 Message received', occurredAt: new Date('2026-11-22T10:00:02.000Z') },
    ],
    ['a reject', { eventType: 'Reject', reject: { reason: 'Bad content' } }, { status: 'rejected', detail: 'Bad content', occurredAt: new Date(mail.timestamp) }],
  ])('records %s with the outbox tag and SES message id', (_label, event, expected) => {
    expect(deliveryOutcomeOf({ ...event, mail })).toEqual({ ...expected, outboxTag: 'booking-confirmed_AB12CD34', providerMessageId: 'ses-0102' });
  });

  it('has no tag for a mail sent without one', () => {
    const { tags: _tags, ...untagged } = mail;
    expect(deliveryOutcomeOf({ eventType: 'Reject', reject: { reason: 'Bad content' }, mail: untagged })?.outboxTag).toBeNull();
  });

  it.each(['Send', 'DeliveryDelay', 'Open', 'Click', 'Rendering Failure'])('ignores %s events', (eventType) => {
    expect(deliveryOutcomeOf({ eventType, mail })).toBeNull();
  });

  it.each([
    ['no eventType', { mail }],
    ['a bounce without its bounce', { eventType: 'Bounce', mail }],
    ['a delivery with a bad timestamp', { eventType: 'Delivery', mail, delivery: { timestamp: 'yesterday' } }],
    ['a mail without messageId', { eventType: 'Reject', reject: { reason: 'x' }, mail: { timestamp: mail.timestamp } }],
  ])('throws for %s', (_label, event) => {
    expect(() => deliveryOutcomeOf(event)).toThrow(ZodError);
  });
});
