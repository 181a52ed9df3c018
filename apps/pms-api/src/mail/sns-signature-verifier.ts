import { verify } from 'node:crypto';
import type { X509Certificate } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { MailError, MailErrorCode } from './mail.errors';
import { canonicalString, isTrustedSigningCertUrl, signatureHash } from './sns-message';
import type { SnsMessage } from './sns-message';
import { SNS_SIGNING_CERTIFICATES } from './sns-signing-certificates';
import type { SigningCertificateSource } from './sns-signing-certificates';

/**
 * Checks that an SNS message was signed by SNS, as AWS documents it
 * (sns-verify-signature-of-message). Written on node:crypto rather than with an npm
 * verifier: `sns-validator` (callbacks, no types) and `sns-payload-validator` both fetch
 * the certificate themselves, so neither could be tested with a key pair of our own
 * without patching node's https; the check itself is the host rule, one canonical
 * string and one `crypto.verify`.
 */
@Injectable()
export class SnsSignatureVerifier {
  private readonly logger = new Logger('SesEvents');

  constructor(@Inject(SNS_SIGNING_CERTIFICATES) private readonly certificates: SigningCertificateSource) {}

  /** Throws SIGNATURE_INVALID unless SNS signed `message`; CERTIFICATE_UNAVAILABLE if its certificate cannot be had. */
  async verify(message: SnsMessage, now: Date = new Date()): Promise<void> {
    if (!isTrustedSigningCertUrl(message.SigningCertURL)) {
      throw new MailError(MailErrorCode.SIGNATURE_INVALID, 'SigningCertURL is not an https URL on an SNS host (sns.<region>.amazonaws.com)', {
        signingCertUrl: message.SigningCertURL,
      });
    }
    const certificate = await this.certificateAt(message.SigningCertURL);
    if (!isCurrentRsaCertificate(certificate, now)) {
      throw new MailError(MailErrorCode.SIGNATURE_INVALID, 'the signing certificate is not a current RSA certificate');
    }
    const signed = verify(signatureHash(message), Buffer.from(canonicalString(message), 'utf8'), certificate.publicKey, Buffer.from(message.Signature, 'base64'));
    if (!signed) {
      throw new MailError(MailErrorCode.SIGNATURE_INVALID, 'the signature does not match the message');
    }
  }

  private async certificateAt(url: string): Promise<X509Certificate> {
    try {
      return await this.certificates(url);
    } catch (error) {
      this.logger.warn({ message: 'SNS signing certificate unavailable', url, error: error instanceof Error ? error.message : String(error) });
      throw new MailError(MailErrorCode.CERTIFICATE_UNAVAILABLE, 'the SNS signing certificate could not be fetched; try again later', { signingCertUrl: url });
    }
  }
}

function isCurrentRsaCertificate(certificate: X509Certificate, now: Date): boolean {
  return (
    certificate.publicKey.asymmetricKeyType === 'rsa' &&
    certificate.validFromDate.getTime() <= now.getTime() &&
    now.getTime() <= certificate.validToDate.getTime()
  );
}
