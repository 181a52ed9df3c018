import { describe, expect, it } from 'vitest';
import { canonicalString, isTrustedSigningCertUrl, snsMessageSchema } from './sns-message';

const signed = { SignatureVersion: '2', Signature: 'c2lnbmF0dXJl', SigningCertURL: 'https://sns.eu-south-1.amazonaws.com/cert.pem' };

describe('canonicalString', () => {
  it('lists a notification’s fields in the documented order, Subject included when present', () => {
    const message = snsMessageSchema.parse({
      Type: 'Notification',
      MessageId: 'm-1',
      TopicArn: 'arn:aws:sns:eu-south-1:123456789012:MailEvents',
      Subject: 'Hi',
      Message: '{"eventType":"Bounce"}\nline two',
      Timestamp: '2026-11-22T10:00:00.000Z',
      UnsubscribeURL: 'https://sns.eu-south-1.amazonaws.com/?Action=Unsubscribe',
      ...signed,
    });
    expect(canonicalString(message)).toBe(
      'Message\n{"eventType":"Bounce"}\nline two\nMessageId\nm-1\nSubject\nHi\nTimestamp\n2026-11-22T10:00:00.000Z\n' +
        'TopicArn\narn:aws:sns:eu-south-1:123456789012:MailEvents\nType\nNotification\n',
    );
  });

  it('leaves an absent Subject out rather than signing it empty', () => {
    const message = snsMessageSchema.parse({ Type: 'Notification', MessageId: 'm', TopicArn: 't', Message: 'x', Timestamp: 'ts', ...signed });
    expect(canonicalString(message)).toBe('Message\nx\nMessageId\nm\nTimestamp\nts\nTopicArn\nt\nType\nNotification\n');
  });

  it.each(['SubscriptionConfirmation', 'UnsubscribeConfirmation'])('signs SubscribeURL and Token of a %s', (type) => {
    const message = snsMessageSchema.parse({
      Type: type,
      MessageId: 'm',
      TopicArn: 't',
      Message: 'x',
      Timestamp: 'ts',
      SubscribeURL: 'https://sns.eu-south-1.amazonaws.com/?Action=ConfirmSubscription',
      Token: 'tok',
      ...signed,
    });
    expect(canonicalString(message)).toBe(
      `Message\nx\nMessageId\nm\nSubscribeURL\nhttps://sns.eu-south-1.amazonaws.com/?Action=ConfirmSubscription\nTimestamp\nts\nToken\ntok\nTopicArn\nt\nType\n${type}\n`,
    );
  });
});

describe('snsMessageSchema', () => {
  it.each([
    [{ Type: 'Notification', MessageId: 'm', TopicArn: 't', Message: 'x', Timestamp: 'ts', ...signed, SignatureVersion: '3' }, 'SignatureVersion'],
    [{ Type: 'Notification', MessageId: 'm', TopicArn: 't', Timestamp: 'ts', ...signed }, 'Message'],
    [{ Type: 'SubscriptionConfirmation', MessageId: 'm', TopicArn: 't', Message: 'x', Timestamp: 'ts', Token: 'k', ...signed }, 'SubscribeURL'],
    [{ Type: 'Notification', MessageId: 'm', TopicArn: 't', Message: 'x', Timestamp: 'ts', ...signed, Signature: 'not base64!' }, 'Signature'],
    [{ Type: 'Hello', MessageId: 'm' }, 'Type'],
  ])('refuses a message with a bad or missing %#: %s', (message, field) => {
    const result = snsMessageSchema.safeParse(message);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('isTrustedSigningCertUrl', () => {
  it.each([
    ['https://sns.eu-south-1.amazonaws.com/SimpleNotificationService-abc.pem', true],
    ['https://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem', true],
    ['https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc.pem', true],
    ['http://sns.eu-south-1.amazonaws.com/cert.pem', false],
    ['https://sns.eu-south-1.amazonaws.com.evil.example/cert.pem', false],
    ['https://evil.example/sns.eu-south-1.amazonaws.com/cert.pem', false],
    ['https://sns.eu-south-1.amazonaws.com@evil.example/cert.pem', false],
    ['https://user:pw@sns.eu-south-1.amazonaws.com/cert.pem', false],
    ['https://sns.eu-south-1.amazonaws.com:8443/cert.pem', false],
    ['https://s3.eu-south-1.amazonaws.com/cert.pem', false],
    ['https://sns.amazonaws.com/cert.pem', false],
    ['https://sns.eu_south.amazonaws.com/cert.pem', false],
    ['not a url', false],
  ])('%s is trusted: %s', (url, trusted) => {
    expect(isTrustedSigningCertUrl(url)).toBe(trusted);
  });
});
