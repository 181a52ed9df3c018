/** The SES email tag that carries a mail's outbox key, so its SES events find the row again. */
export const OUTBOX_KEY_TAG = 'outbox-key';

/**
 * The tag value for an outbox key. SES tag values allow only A-Z a-z 0-9 _ - (256 at
 * most), so every other character becomes `_`: `booking-confirmed:AB12CD34` is sent as
 * `booking-confirmed_AB12CD34`. Lossy on purpose (tags are what SES accepts); matching
 * back allows for it (MailDeliveryRepository).
 */
export function outboxKeyTag(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256);
}
