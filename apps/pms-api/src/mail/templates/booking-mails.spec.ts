import { describe, expect, it } from 'vitest';
import { MAIL_LOCALES, bookingCancellationMail, bookingConfirmationMail, formatStayDate } from './booking-mails';
import type { BookingMailData, MailLocale } from './booking-mails';

const data: BookingMailData = {
  reference: 'PD-7K2M9Q',
  guestName: 'Anna Rossi',
  propertyName: 'Camping Lago Verde',
  arrival: '2026-07-01',
  departure: '2026-07-08',
  totalFormatted: '€ 1.234,50',
  manageBookingUrl: 'https://book.lago-verde.example/bookings/PD-7K2M9Q?token=a&lang=it',
  locale: 'it',
};

describe('bookingConfirmationMail', () => {
  it.each<[MailLocale, string, string, string]>([
    ['it', 'Prenotazione confermata PD-7K2M9Q – Camping Lago Verde', 'Gentile Anna Rossi,', 'mercoledì 1 luglio 2026'],
    ['en', 'Booking confirmed PD-7K2M9Q – Camping Lago Verde', 'Dear Anna Rossi,', 'Wednesday, July 1, 2026'],
    ['de', 'Buchung bestätigt PD-7K2M9Q – Camping Lago Verde', 'Guten Tag Anna Rossi,', 'Mittwoch, 1. Juli 2026'],
    ['nl', 'Boeking bevestigd PD-7K2M9Q – Camping Lago Verde', 'Beste Anna Rossi,', 'woensdag 1 juli 2026'],
  ])('speaks %s', (locale, subject, greeting, arrival) => {
    const mail = bookingConfirmationMail({ ...data, locale });
    expect(mail.subject).toBe(subject);
    expect(mail.text.startsWith(`${greeting}\n`)).toBe(true);
    expect(mail.text).toContain(arrival);
    expect(mail.text).toContain('€ 1.234,50');
    expect(mail.text).toContain(data.manageBookingUrl);
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.html).toContain(arrival);
  });

  it('has the departure date and the reference in both bodies', () => {
    const mail = bookingConfirmationMail({ ...data, locale: 'en' });
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('Wednesday, July 8, 2026');
      expect(body).toContain('PD-7K2M9Q');
    }
  });

  it('escapes every value in the HTML and leaves the text readable', () => {
    const mail = bookingConfirmationMail({
      ...data,
      guestName: `<script>alert("x")</script> O'Brien & Co`,
      propertyName: 'Camping <b>Sole</b>',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; Co');
    expect(mail.html).toContain('Camping &lt;b&gt;Sole&lt;/b&gt;');
    expect(mail.text).toContain(`Gentile <script>alert("x")</script> O'Brien & Co,`);
  });

  it('escapes the link for its attribute', () => {
    const mail = bookingConfirmationMail({ ...data, manageBookingUrl: 'https://book.example/b?x="><img src=x>&y=1' });
    expect(mail.html).toContain('href="https://book.example/b?x=%22%3E%3Cimg%20src=x%3E&amp;y=1"');
    expect(mail.html).not.toContain('<img');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => bookingConfirmationMail({ ...data, manageBookingUrl: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => bookingConfirmationMail({ ...data, manageBookingUrl: '/relative' })).toThrow(RangeError);
  });

  it('keeps the subject on one header line', () => {
    const mail = bookingConfirmationMail({ ...data, propertyName: 'Lago\r\nBcc: victim@example.com' });
    expect(mail.subject).toBe('Prenotazione confermata PD-7K2M9Q – Lago Bcc: victim@example.com');
  });
});

describe('bookingCancellationMail', () => {
  it.each<[MailLocale, string, string]>([
    ['it', 'Prenotazione annullata PD-7K2M9Q – Camping Lago Verde', 'è stata annullata'],
    ['en', 'Booking cancelled PD-7K2M9Q – Camping Lago Verde', 'has been cancelled'],
    ['de', 'Buchung storniert PD-7K2M9Q – Camping Lago Verde', 'wurde storniert'],
    ['nl', 'Boeking geannuleerd PD-7K2M9Q – Camping Lago Verde', 'is geannuleerd'],
  ])('speaks %s', (locale, subject, sentence) => {
    const mail = bookingCancellationMail({ ...data, locale });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(sentence);
    expect(mail.html).toContain(sentence);
  });

  it('labels its amount as the cancellation fee, not as a total', () => {
    const mail = bookingCancellationMail({ ...data, locale: 'en' });
    expect(mail.text).toContain(`Cancellation fee: ${data.totalFormatted}`);
    expect(mail.text).not.toContain('Total:');
  });

  it('escapes an apostrophe of its own copy in the HTML', () => {
    const mail = bookingCancellationMail(data);
    expect(mail.text).toContain("in un'altra occasione");
    expect(mail.html).toContain('in un&#39;altra occasione');
  });
});

describe('formatStayDate', () => {
  it('never shifts a calendar date, whatever the process time zone', () => {
    expect(MAIL_LOCALES.map((locale) => formatStayDate('2026-03-29', locale))).toEqual([
      'domenica 29 marzo 2026',
      'Sunday, March 29, 2026',
      'Sonntag, 29. März 2026',
      'zondag 29 maart 2026',
    ]);
  });

  it('refuses what is not a YYYY-MM-DD date', () => {
    expect(() => formatStayDate('01/07/2026', 'it')).toThrow(RangeError);
  });
});
