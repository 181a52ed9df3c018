import { BOOKING_MAIL_COPY } from './booking-mail-copy';
import type { BookingMailCopy } from './booking-mail-copy';
import type { BookingMailData, MailLocale, RenderedMail } from './booking-mail-data';
import { fullDateFormat } from '../../common/intl-formats';
import { escapeHtml, safeHref, singleLine } from './html';

export type { BookingMailData, MailLocale, RenderedMail } from './booking-mail-data';
export { MAIL_LOCALES } from './booking-mail-data';

/** The confirmation a guest gets once the booking is committed. */
export function bookingConfirmationMail(data: BookingMailData): RenderedMail {
  const copy = BOOKING_MAIL_COPY[data.locale];
  return render(data, {
    subject: copy.confirmedSubject(data.reference, data.propertyName),
    intro: copy.confirmedIntro(data.propertyName),
    amountLabel: copy.total,
    closing: copy.confirmedClosing,
  });
}

/** The notice a guest gets once the booking is cancelled. */
export function bookingCancellationMail(data: BookingMailData): RenderedMail {
  const copy = BOOKING_MAIL_COPY[data.locale];
  return render(data, {
    subject: copy.cancelledSubject(data.reference, data.propertyName),
    intro: copy.cancelledIntro(data.propertyName),
    // The amount of a cancellation mail is what the guest still owes: the fee.
    amountLabel: copy.cancellationFee,
    closing: copy.cancelledClosing,
  });
}

/** `2026-07-01` as the guest reads it, e.g. `mercoledì 1 luglio 2026`. */
export function formatStayDate(date: string, locale: MailLocale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new RangeError(`expected a YYYY-MM-DD date, got ${date}`);
  }
  // A calendar date, not an instant: formatted at UTC midnight in UTC, no zone can shift it.
  return fullDateFormat(locale).format(new Date(`${date}T00:00:00Z`));
}

interface Wording {
  subject: string;
  intro: string;
  amountLabel: string;
  closing: string;
}

function render(data: BookingMailData, wording: Wording): RenderedMail {
  const copy: BookingMailCopy = BOOKING_MAIL_COPY[data.locale];
  const href = safeHref(data.manageBookingUrl);
  const details: [string, string][] = [
    [copy.reference, data.reference],
    [copy.arrival, formatStayDate(data.arrival, data.locale)],
    [copy.departure, formatStayDate(data.departure, data.locale)],
    [wording.amountLabel, data.totalFormatted],
  ];
  const greeting = copy.greeting(data.guestName);
  const text = [
    greeting,
    '',
    wording.intro,
    '',
    ...details.map(([label, value]) => `${label}: ${value}`),
    '',
    `${copy.manage}: ${data.manageBookingUrl}`,
    '',
    wording.closing,
    data.propertyName,
    '',
  ].join('\n');
  // Every value is escaped where it is placed; the copy is plain text and escaped too.
  const rows = details
    .map(([label, value]) => `<tr><th align="left" style="padding:4px 16px 4px 0">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`)
    .join('\n');
  const html = `<!doctype html>
<html lang="${data.locale}">
<head><meta charset="utf-8"><title>${escapeHtml(wording.subject)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(wording.intro)}</p>
<table role="presentation">
${rows}
</table>
<p><a href="${href}">${escapeHtml(copy.manage)}</a></p>
<p>${escapeHtml(wording.closing)}<br>${escapeHtml(data.propertyName)}</p>
</body>
</html>
`;
  return { subject: singleLine(wording.subject), text, html };
}
