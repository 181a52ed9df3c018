import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/config/app-config';
import { DatabaseSessions } from '../../src/database/database-sessions';
import { MailDeliveryRepository } from '../../src/mail/mail-delivery.repository';
import { MailOutbox, MailOutboxRepository } from '../../src/mail/mail-outbox.repository';
import { outboxKeyTag } from '../../src/mail/outbox-key-tag';
import { startSesEventsApi } from './support/ses-events-api';
import type { SesEventsApi } from './support/ses-events-api';
import { SnsTestSigner } from './support/ses-events-sns-signer';
import type { UnsignedSnsMessage } from './support/ses-events-sns-signer';
import { startTestApi } from './support/http-api';
import { eventually, workerConfig } from './support/test-database';

const topicArn = 'arn:aws:sns:eu-south-1:123456789012:MailEvents';
const run = randomUUID().slice(0, 8);
let serial = 0;

describe('SES events over SNS on the real HTTP app and database', () => {
  const signer = new SnsTestSigner();
  let config: AppConfig;
  let api: SesEventsApi;
  let deliveries: MailDeliveryRepository;

  /** A mail enqueued like a booking's and sent through the local SES by the app's own drainer. */
  const aSentMail = async (): Promise<{ key: string; providerMessageId: string }> => {
    serial += 1;
    const key = `booking-confirmed:${run}${serial}`;
    await api.app.get(DatabaseSessions).transaction((manager) =>
      api.app.get(MailOutbox).enqueue(manager, { key, to: `guest+${run}-${serial}@example.com`, subject: 'Conferma', text: 't', html: '<p>t</p>' }),
    );
    const outbox = api.app.get(MailOutboxRepository);
    let providerMessageId = '';
    await eventually(`${key} is sent`, async () => {
      const row = await outbox.findByKey('primary', key);
      providerMessageId = row?.providerMessageId ?? '';
      return row?.status === 'sent' && providerMessageId !== '';
    });
    return { key, providerMessageId };
  };

  /** The SNS Notification SES's event publishing would send for `event` about `mail`. */
  const notification = (mail: { key: string; providerMessageId: string }, event: Record<string, unknown>, topic = topicArn): UnsignedSnsMessage => ({
    Type: 'Notification',
    MessageId: randomUUID(),
    TopicArn: topic,
    Message: JSON.stringify({
      ...event,
      mail: {
        timestamp: '2026-11-22T10:00:00.000Z',
        messageId: mail.providerMessageId,
        source: 'bookings@pitchdesk.localhost',
        destination: ['guest@example.com'],
        tags: { 'outbox-key': [outboxKeyTag(mail.key)], 'ses:configuration-set': ['pitchdesk-mail'] },
      },
    }),
    Timestamp: '2026-11-22T10:00:06.000Z',
    UnsubscribeURL: 'https://sns.eu-south-1.amazonaws.com/?Action=Unsubscribe',
  });
  const bounce = { eventType: 'Bounce', bounce: { bounceType: 'Permanent', bounceSubType: 'General', timestamp: '2026-11-22T10:00:05.000Z', bouncedRecipients: [{ emailAddress: 'guest@example.com', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] } };
  const delivery = (at: string) => ({ eventType: 'Delivery', delivery: { timestamp: at, smtpResponse: '250 2.6.0 Message received' } });
  const complaint = { eventType: 'Complaint', complaint: { timestamp: '2026-11-23T08:00:00.000Z', complaintFeedbackType: 'abuse' } };
  const signed = (message: UnsignedSnsMessage) => JSON.stringify(signer.sign(message));

  beforeAll(async () => {
    config = await workerConfig({ PD_SES_EVENTS_TOPIC_ARN: topicArn, PD_MAIL_DRAIN_INTERVAL_MS: '200' });
    api = await startSesEventsApi(config, signer);
    deliveries = api.app.get(MailDeliveryRepository);
  });

  afterAll(async () => {
    await api.close();
  });

  it('marks a mail sent through the outbox bounced when SNS brings its bounce', async () => {
    const mail = await aSentMail();
    expect(await deliveries.stateOf('primary', mail.key)).toEqual({ status: null, detail: null, eventAt: null });

    expect(await api.post(signed(notification(mail, bounce)))).toEqual({ status: 200, body: { result: 'recorded' } });

    expect(await deliveries.stateOf('primary', mail.key)).toEqual({
      status: 'bounced',
      detail: 'Permanent/General: guest@example.com (smtp; 550 5.1.1 user unknown)',
      eventAt: new Date('2026-11-22T10:00:05.000Z'),
    });
  });

  it('marks a mail delivered, then complained; a late duplicate delivery does not undo the complaint', async () => {
    const mail = await aSentMail();
    expect((await api.post(signed(notification(mail, delivery('2026-11-22T10:00:02.000Z'))))).body).toEqual({ result: 'recorded' });
    expect(await deliveries.stateOf('primary', mail.key)).toMatchObject({ status: 'delivered', detail: '250 2.6.0 Message received' });

    expect((await api.post(signed(notification(mail, complaint)))).body).toEqual({ result: 'recorded' });
    expect(await deliveries.stateOf('primary', mail.key)).toMatchObject({ status: 'complained', detail: 'abuse' });

    expect((await api.post(signed(notification(mail, delivery('2026-11-24T00:00:00.000Z'))))).body).toEqual({ result: 'superseded' });
    expect(await deliveries.stateOf('primary', mail.key)).toMatchObject({ status: 'complained', eventAt: new Date('2026-11-23T08:00:00.000Z') });
  });

  it('refuses a forged signature with 403 and changes nothing', async () => {
    const mail = await aSentMail();
    const forger = new SnsTestSigner();
    const forged = forger.sign(notification(mail, bounce), '2', signer.certificateUrl);
    expect(await api.post(JSON.stringify(forged))).toMatchObject({ status: 403, body: { code: 'SIGNATURE_INVALID' } });

    const tampered = { ...signer.sign(notification(mail, delivery('2026-11-22T10:00:02.000Z'))), Message: notification(mail, bounce)['Message'] };
    expect(await api.post(JSON.stringify(tampered))).toMatchObject({ status: 403, body: { code: 'SIGNATURE_INVALID' } });

    const ownCertificate = forger.sign(notification(mail, bounce), '2', 'https://evil.example/SimpleNotificationService-x.pem');
    expect(await api.post(JSON.stringify(ownCertificate))).toMatchObject({ status: 403, body: { code: 'SIGNATURE_INVALID' } });

    expect(await deliveries.stateOf('primary', mail.key)).toEqual({ status: null, detail: null, eventAt: null });
  });

  it('refuses a correctly signed message from another topic with 403 and changes nothing', async () => {
    const mail = await aSentMail();
    const foreign = signed(notification(mail, bounce, 'arn:aws:sns:eu-south-1:123456789012:SomeoneElses'));
    expect(await api.post(foreign)).toMatchObject({ status: 403, body: { code: 'UNKNOWN_TOPIC' } });
    expect(await deliveries.stateOf('primary', mail.key)).toMatchObject({ status: null });
  });

  describe('subscription confirmation', () => {
    const visits: string[] = [];
    let answer = 200;
    let sns: Server;
    let subscribeBase: string;

    beforeAll(async () => {
      // Stands in for SNS's ConfirmSubscription URL on loopback.
      sns = createServer((request, response) => {
        visits.push(`${request.method ?? ''} ${request.url ?? ''}`);
        response.writeHead(answer, { 'content-type': 'text/xml' }).end('<ConfirmSubscriptionResponse/>');
      });
      await new Promise<void>((resolve) => sns.listen(0, '127.0.0.1', resolve));
      subscribeBase = `http://127.0.0.1:${(sns.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise((resolve) => sns.close(resolve));
    });

    const confirmation = (topic = topicArn) => ({
      Type: 'SubscriptionConfirmation',
      MessageId: randomUUID(),
      Token: `token-${randomUUID()}`,
      TopicArn: topic,
      Message: `You have chosen to subscribe to the topic ${topic}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
      SubscribeURL: `${subscribeBase}/?Action=ConfirmSubscription&Token=${randomUUID()}`,
      Timestamp: '2026-11-22T10:00:00.000Z',
    });

    it('GETs the SubscribeURL of a signed confirmation for the configured topic', async () => {
      const message = confirmation();
      answer = 200;
      expect(await api.post(signed(message))).toEqual({ status: 200, body: { result: 'confirmed' } });
      expect(visits).toContain(`GET ${message.SubscribeURL.slice(subscribeBase.length)}`);
    });

    it('visits nothing for another topic or a forged confirmation', async () => {
      const before = visits.length;
      expect((await api.post(signed(confirmation('arn:aws:sns:eu-south-1:123456789012:Other')))).status).toBe(403);
      expect((await api.post(JSON.stringify({ ...signer.sign(confirmation()), SubscribeURL: `${subscribeBase}/?Action=Forged` }))).status).toBe(403);
      expect(visits.length).toBe(before);
    });

    it('answers 503 when SNS does not take the confirmation, so SNS sends it again', async () => {
      answer = 500;
      expect(await api.post(signed(confirmation()))).toMatchObject({ status: 503, body: { code: 'CONFIRMATION_FAILED' } });
    });
  });

  describe('bad input', () => {
    it.each([
      ['a body that is not JSON', '{"Type": "Notification",', 'text/plain; charset=UTF-8'],
      ['malformed JSON sent as application/json', '{"Type": ', 'application/json'],
      ['an empty body', '', 'text/plain; charset=UTF-8'],
    ])('answers 400 to %s', async (_label, body, contentType) => {
      const answer = await api.post(body, contentType);
      expect(answer.status).toBe(400);
      expect(answer.body.message).toEqual(expect.any(String));
    });

    it('answers 400 naming the field of an SNS message that lacks one', async () => {
      const { MessageId: _missing, ...message } = signer.sign(notification({ key: 'k', providerMessageId: 'p' }, bounce));
      expect(await api.post(JSON.stringify(message))).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', message: expect.stringContaining('body.MessageId') } });
    });

    it('answers 400 to a signed notification whose Message is not an SES event, and changes nothing', async () => {
      const mail = await aSentMail();
      const message = { ...notification(mail, bounce), Message: JSON.stringify({ eventType: 'Bounce', mail: { messageId: mail.providerMessageId } }) };
      expect(await api.post(signed(message))).toMatchObject({ status: 400, body: { code: 'MALFORMED_MESSAGE' } });
      expect(await deliveries.stateOf('primary', mail.key)).toMatchObject({ status: null });
    });
  });

  it('answers 404 when the stack takes no SES events (no topic configured)', async () => {
    const { PD_SES_EVENTS_TOPIC_ARN: _topic, ...withoutTopic } = config;
    const plain = await startTestApi(withoutTopic);
    try {
      const answer = await plain.call('POST', '/mail/ses-events', { body: signer.sign(notification({ key: 'k', providerMessageId: 'p' }, bounce)) });
      expect(answer).toMatchObject({ status: 404, body: { code: 'SES_EVENTS_DISABLED' } });
    } finally {
      await plain.close();
    }
  });
});
