import PDFDocument from 'pdfkit';
import type { Folio, FolioLine } from '@pitchdesk/contracts';
import { daysBetween, parseCalendarDate } from '@pitchdesk/domain';
import { formatMinor } from '../common/intl-formats';
import type { ReceiptLabels } from './receipt-labels';

/** What a receipt shows besides the folio. */
export interface ReceiptHeader {
  readonly propertyName: string;
  readonly issuedOn: string;
}

const PAGE = { size: 'A4', margin: 50 } as const;
const AMOUNT_WIDTH = 110;

const dateText = (locale: string, date: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** A line as the guest reads it: its code (or the adjustment's reason) and "quantity x price" when it is more than one. */
function lineText(line: FolioLine, labels: ReceiptLabels, currency: string): string {
  const what = line.description ?? line.code;
  return line.quantity === 1 ? what : `${what}  ${line.quantity} x ${formatMinor(line.unitMinor, currency, labels.locale)}`;
}

/**
 * Renders the receipt of a stay: property, reference, guest, stay, folio lines by group,
 * payments, total, paid, balance. Standard Helvetica (no font files to ship), tagged with
 * its language and title for screen readers. Resolves with the whole file.
 */
export function renderReceipt(folio: Folio, header: ReceiptHeader, labels: ReceiptLabels): Promise<Buffer> {
  const document = new PDFDocument({
    ...PAGE,
    lang: labels.locale,
    displayTitle: true,
    info: { Title: `${labels.receipt} ${folio.reference}`, Author: header.propertyName, Subject: `${labels.receipt} ${folio.reference}` },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Uint8Array) => chunks.push(Buffer.from(chunk)));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  const money = (amountMinor: number): string => formatMinor(amountMinor, folio.currency, labels.locale);
  const left = PAGE.margin;
  const width = document.page.width - 2 * PAGE.margin;
  const row = (text: string, amount: string, font = 'Helvetica'): void => {
    const y = document.y;
    document.font(font).fontSize(10).text(text, left, y, { width: width - AMOUNT_WIDTH });
    const after = document.y;
    document.text(amount, left + width - AMOUNT_WIDTH, y, { width: AMOUNT_WIDTH, align: 'right' });
    document.y = Math.max(after, document.y);
  };

  document.font('Helvetica-Bold').fontSize(18).text(header.propertyName, left);
  document.font('Helvetica').fontSize(12).text(`${labels.receipt}  ·  ${labels.reference} ${folio.reference}`);
  document.moveDown();
  const nights = daysBetween(parseCalendarDate(folio.arrival), parseCalendarDate(folio.departure));
  document.fontSize(10);
  document.text(`${labels.guest}: ${folio.guestName ?? '-'}`);
  document.text(`${labels.unit}: ${folio.unitCode}`);
  document.text(`${labels.stay}: ${dateText(labels.locale, folio.arrival)} - ${dateText(labels.locale, folio.departure)} (${labels.nights(nights)})`);
  document.text(`${labels.issued}: ${dateText(labels.locale, header.issuedOn)}`);
  document.moveDown();

  document.font('Helvetica-Bold').fontSize(12).text(labels.charges, left);
  for (const group of folio.groups) {
    document.moveDown(0.4);
    row(labels.groups[group.group], money(group.totalMinor), 'Helvetica-Bold');
    for (const line of group.lines) {
      row(`   ${lineText(line, labels, folio.currency)}`, money(line.amountMinor));
    }
  }
  document.moveDown();
  row(labels.total, money(folio.totalMinor), 'Helvetica-Bold');
  document.moveDown();

  document.font('Helvetica-Bold').fontSize(12).text(labels.payments, left);
  if (folio.payments.length === 0) {
    document.font('Helvetica').fontSize(10).text(labels.noPayments, left);
  }
  for (const payment of folio.payments) {
    const when = dateText(labels.locale, payment.recordedAt.slice(0, 10));
    const reference = payment.reference ? `, ${payment.reference}` : '';
    const reason = payment.reason ? ` (${payment.reason})` : '';
    row(`${labels.methods[payment.method]}, ${when}${reference}${reason}`, money(payment.amountMinor));
  }
  document.moveDown();
  row(labels.paid, money(folio.paidMinor), 'Helvetica-Bold');
  row(labels.balance, money(folio.balanceMinor), 'Helvetica-Bold');
  document.moveDown(2);
  document.font('Helvetica-Oblique').fontSize(8).text(labels.notFiscal, left);
  document.end();
  return done;
}
