import { execFileSync } from 'node:child_process';
import { createPrivateKey, sign, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The fields of an SNS message before signing (SignatureVersion, Signature and SigningCertURL are added). */
export type UnsignedSnsMessage = Record<string, string> & { Type: string };

/**
 * Plays SNS's part: a key pair and a self-signed X.509 certificate made by openssl for
 * this run, messages signed the way SNS documents it, and the certificate served for its
 * SigningCertURL the way SNS serves it (a realistic fake of that one download; every
 * other URL is a 404). The string to sign is written out here on its own, from the AWS
 * documentation, not taken from the code under test, so a mistake there cannot cancel out.
 */
export class SnsTestSigner {
  readonly certificateUrl: string;
  readonly certificate: X509Certificate;
  /** Every URL the code under test asked for a certificate. */
  readonly certificateRequests: string[] = [];
  private readonly privateKey: KeyObject;

  constructor(options: { region?: string; days?: number } = {}) {
    this.certificateUrl = `https://sns.${options.region ?? 'eu-south-1'}.amazonaws.com/SimpleNotificationService-test.pem`;
    const directory = mkdtempSync(join(tmpdir(), 'pd-sns-signer-'));
    try {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', String(options.days ?? 2), '-subj', '/CN=sns.amazonaws.com',
          '-keyout', join(directory, 'key.pem'), '-out', join(directory, 'cert.pem')],
        { stdio: 'ignore' },
      );
      this.privateKey = createPrivateKey(readFileSync(join(directory, 'key.pem')));
      this.certificate = new X509Certificate(readFileSync(join(directory, 'cert.pem')));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }

  /** Serves the certificate for its URL, like SNS's certificate download. */
  readonly certificates = (url: string): Promise<X509Certificate> => {
    this.certificateRequests.push(url);
    return url === this.certificateUrl ? Promise.resolve(this.certificate) : Promise.reject(new Error(`${url} answered 404`));
  };

  sign(message: UnsignedSnsMessage, version: '1' | '2' = '2', certificateUrl = this.certificateUrl): Record<string, string> {
    const signature = sign(version === '1' ? 'sha1' : 'sha256', Buffer.from(stringToSign(message), 'utf8'), this.privateKey);
    return { ...message, SignatureVersion: version, Signature: signature.toString('base64'), SigningCertURL: certificateUrl };
  }
}

// From the AWS documentation: Notification signs Message, MessageId, Subject (only if
// present), Timestamp, TopicArn, Type; the confirmations sign Message, MessageId,
// SubscribeURL, Timestamp, Token, TopicArn, Type. Each as "name\nvalue\n".
function stringToSign(message: UnsignedSnsMessage): string {
  const names =
    message.Type === 'Notification'
      ? ['Message', 'MessageId', ...('Subject' in message ? ['Subject'] : []), 'Timestamp', 'TopicArn', 'Type']
      : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
  let text = '';
  for (const name of names) {
    text += `${name}\n${message[name] ?? ''}\n`;
  }
  return text;
}
