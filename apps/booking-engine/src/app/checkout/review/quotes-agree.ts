import type { ShownQuote } from '../quote/quote-rows';

const lineKey = (line: ShownQuote['lines'][number]): string =>
  [line.kind, line.code, line.quantity, line.unitMinor, line.amountMinor].join('|');

/** Same currency, lines and total, to the cent: the browser priced exactly as the server did. */
export function quotesAgree(browser: ShownQuote, server: ShownQuote): boolean {
  return (
    browser.currency === server.currency &&
    browser.totalMinor === server.totalMinor &&
    browser.lines.map(lineKey).join('\n') === server.lines.map(lineKey).join('\n')
  );
}
