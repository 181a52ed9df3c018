export const MAIL_LOCALES = ['it', 'en', 'de', 'nl'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/** Plain data for a booking mail; every string is text as the guest should read it. */
export interface BookingMailData {
  readonly reference: string;
  readonly guestName: string;
  readonly propertyName: string;
  /** `YYYY-MM-DD`, the property-local date of the first night. */
  readonly arrival: string;
  /** `YYYY-MM-DD`, the day the guest leaves. */
  readonly departure: string;
  /** Already formatted for the guest's locale, e.g. `€ 1.234,50`. */
  readonly totalFormatted: string;
  /** Absolute http(s) URL of the guest's manage-booking page. */
  readonly manageBookingUrl: string;
  readonly locale: MailLocale;
}

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}
