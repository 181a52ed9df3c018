import { beforeAll, describe, expect, it } from 'vitest';
import { SnsTestSigner } from '../../test/medium/support/ses-events-sns-signer';
import { MailError } from './mail.errors';
import type { MailErrorCode } from './mail.errors';
import { snsMessageSchema } from './sns-message';
import { SnsSignatureVerifier } from './sns-signature-verifier';

const topicArn = 'arn:aws:sns:eu-south-1:123456789012:MailEvents';
const notification = {
  Type: 'Notification',
  MessageId: 'a1b2c3d4-0000-4000-8000-000000000001',
  TopicArn: topicArn,
  Message: '{"eventType":"Delivery","mail":{"messageId":"ses-1"}}',
  Timestamp: '2026-11-22T10:00:00.000Z',
  UnsubscribeURL: 'https://sns.eu-south-1.amazonaws.com/?Action=Unsubscribe',
};
const confirmation = {
  Type: 'SubscriptionConfirmation',
  MessageId: 'a1b2c3d4-0000-4000-8000-000000000002',
  TopicArn: topicArn,
  Token: '2336412f37fb687f5d51e6e241d164b0533302ec',
  Message: `You have chosen to subscribe to the topic ${topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
  SubscribeURL: `https://sns.eu-south-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${topicArn}&Token=2336412f`,
  Timestamp: '2026-11-22T10:00:00.000Z',
};

let signer: SnsTestSigner;
let otherSigner: SnsTestSigner;
beforeAll(() => {
  signer = new SnsTestSigner();
  otherSigner = new SnsTestSigner();
});

async function outcome(message: Record<string, string>, verifier = new SnsSignatureVerifier(signer.certificates), now?: Date): Promise<'valid' | MailErrorCode> {
  try {
    await verifier.verify(snsMessageSchema.parse(message), now);
    return 'valid';
  } catch (error) {
    if (error instanceof MailError) {
      return error.code;
    }
    throw error;
  }
}

describe('SnsSignatureVerifier', () => {
  it.each([
    ['a notification, SignatureVersion 2', notification, '2'],
    ['a notification, SignatureVersion 1', notification, '1'],
    ['a notification with a Subject', { ...notification, Subject: 'Amazon SES Email Event Notification' }, '2'],
    ['a subscription confirmation', confirmation, '2'],
    ['an unsubscribe confirmation', { ...confirmation, Type: 'UnsubscribeConfirmation' }, '1'],
  ] as const)('accepts %s signed by SNS', async (_label, message, version) => {
    expect(await outcome(signer.sign(message, version))).toBe('valid');
  });

  it.each([
    ['Message', { Message: '{"eventType":"Bounce","mail":{"messageId":"ses-1"}}' }],
    ['MessageId', { MessageId: 'a1b2c3d4-0000-4000-8000-000000000009' }],
    ['TopicArn', { TopicArn: 'arn:aws:sns:eu-south-1:123456789012:Other' }],
    ['Timestamp', { Timestamp: '2026-11-22T10:00:01.000Z' }],
    ['Subject, added', { Subject: 'added' }],
    ['SignatureVersion, lowered to 1', { SignatureVersion: '1' }],
  ])('refuses a notification whose %s changed after signing', async (_field, change) => {
    expect(await outcome({ ...signer.sign(notification), ...change })).toBe('SIGNATURE_INVALID');
  });

  it('refuses a confirmation whose SubscribeURL changed after signing', async () => {
    expect(await outcome({ ...signer.sign(confirmation), SubscribeURL: 'https://evil.example/confirm' })).toBe('SIGNATURE_INVALID');
  });

  it('refuses a message signed with another key under SNS’s certificate URL', async () => {
    expect(await outcome(otherSigner.sign(notification, '2', signer.certificateUrl))).toBe('SIGNATURE_INVALID');
  });

  it('refuses a certificate URL off SNS’s hosts without fetching it', async () => {
    const requestsBefore = signer.certificateRequests.length;
    expect(await outcome(signer.sign(notification, '2', 'https://evil.example/SimpleNotificationService-test.pem'))).toBe('SIGNATURE_INVALID');
    expect(signer.certificateRequests.length).toBe(requestsBefore);
  });

  it('refuses a signature made with a certificate that has expired', async () => {
    const afterExpiry = new Date(signer.certificate.validToDate.getTime() + 1_000);
    expect(await outcome(signer.sign(notification), undefined, afterExpiry)).toBe('SIGNATURE_INVALID');
  });

  it('says the certificate is unavailable (SNS retries) when it cannot be fetched', async () => {
    const unreachable = new SnsSignatureVerifier(() => Promise.reject(new Error('connect ETIMEDOUT')));
    expect(await outcome(signer.sign(notification), unreachable)).toBe('CERTIFICATE_UNAVAILABLE');
  });
});
