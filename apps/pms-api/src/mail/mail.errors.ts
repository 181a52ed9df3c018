import { ContextError } from '../common/context-error';

export const MailErrorCode = {
  /** PD_SES_EVENTS_TOPIC_ARN is unset: this stack takes no SES events. */
  SES_EVENTS_DISABLED: 'SES_EVENTS_DISABLED',
  MALFORMED_MESSAGE: 'MALFORMED_MESSAGE',
  SIGNATURE_INVALID: 'SIGNATURE_INVALID',
  UNKNOWN_TOPIC: 'UNKNOWN_TOPIC',
  /** SNS's signing certificate could not be fetched: SNS retries later. */
  CERTIFICATE_UNAVAILABLE: 'CERTIFICATE_UNAVAILABLE',
  /** SNS did not take the subscription confirmation: SNS sends the confirmation again. */
  CONFIRMATION_FAILED: 'CONFIRMATION_FAILED',
} as const;
export type MailErrorCode = (typeof MailErrorCode)[keyof typeof MailErrorCode];

/** The one error type of the mail context. */
export class MailError extends ContextError<MailErrorCode> {}
