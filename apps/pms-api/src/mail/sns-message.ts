import * as z from 'zod';

const common = {
  MessageId: z.string().min(1).max(100),
  TopicArn: z.string().min(1).max(1_024),
  Message: z.string(),
  Timestamp: z.string().min(1).max(64),
  SignatureVersion: z.enum(['1', '2']),
  Signature: z.base64().min(1),
  SigningCertURL: z.string().min(1).max(2_048),
};

const confirmation = {
  ...common,
  SubscribeURL: z.url({ protocol: /^https?$/ }),
  Token: z.string().min(1).max(2_048),
};

/** The JSON document SNS POSTs to an HTTP(S) subscriber, by message type. Fields SNS adds later are ignored. */
export const snsMessageSchema = z.discriminatedUnion('Type', [
  z.object({ Type: z.literal('Notification'), Subject: z.string().optional(), UnsubscribeURL: z.string().optional(), ...common }),
  z.object({ Type: z.literal('SubscriptionConfirmation'), ...confirmation }),
  z.object({ Type: z.literal('UnsubscribeConfirmation'), ...confirmation }),
]);
export type SnsMessage = z.infer<typeof snsMessageSchema>;

// The fields SNS signs, per type, in this order (byte order of the names); an absent
// Subject is left out, not signed as empty.
const SIGNED_FIELDS = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
} as const;

/** The string SNS signs: `name\nvalue\n` for each signed field present, in the documented order. */
export function canonicalString(message: SnsMessage): string {
  const fields: Record<string, string | undefined> = message;
  return SIGNED_FIELDS[message.Type]
    .filter((name) => fields[name] !== undefined)
    .map((name) => `${name}\n${fields[name] ?? ''}\n`)
    .join('');
}

/** SignatureVersion 1 is SHA1withRSA, 2 is SHA256withRSA. */
export function signatureHash(message: SnsMessage): 'sha1' | 'sha256' {
  return message.SignatureVersion === '1' ? 'sha1' : 'sha256';
}

const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

/**
 * Whether a SigningCertURL may be fetched at all: https, on an SNS regional host, on the
 * default port, without credentials. Anything else could make us trust a key the sender
 * chose (the whole point of the signature), or make us fetch from inside our network.
 */
export function isTrustedSigningCertUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && SNS_HOST.test(url.hostname) && url.port === '' && url.username === '' && url.password === '';
}
