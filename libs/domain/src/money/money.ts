import { MoneyError, MoneyErrorCode } from './money-error';

declare const currencyCodeBrand: unique symbol;

/** An ISO 4217 alphabetic currency code such as `EUR`, validated by {@link money}. */
export type CurrencyCode = string & { readonly [currencyCodeBrand]: true };

/**
 * An amount of money as an integer number of the currency's minor unit (cents for EUR)
 * plus its currency. Never a float: 0.1 + 0.2 is not 0.3, and prices must add up.
 * Formatting is the UI's job (`Intl.NumberFormat`), not the domain's.
 */
export interface Money {
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
}

const ISO_4217 = /^[A-Z]{3}$/;

/** Throws `NOT_AN_INTEGER` unless `value` is a safe integer; `what` names it in the message. */
export function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(
      MoneyErrorCode.NOT_AN_INTEGER,
      `${what} must be a safe integer, got ${value}`,
    );
  }
}

/**
 * Creates a {@link Money}.
 * @param amountMinor integer minor units, e.g. `1250` for EUR 12.50; may be negative (refunds).
 * @param currency ISO 4217 code, upper case, e.g. `EUR`.
 * @throws {MoneyError} `NOT_AN_INTEGER` for a non-integer or unsafe amount;
 *   `INVALID_CURRENCY` for anything but three upper-case letters.
 */
export function money(amountMinor: number, currency: string): Money {
  assertSafeInteger(amountMinor, 'amountMinor');
  if (!ISO_4217.test(currency)) {
    throw new MoneyError(
      MoneyErrorCode.INVALID_CURRENCY,
      `"${currency}" is not an ISO 4217 code`,
    );
  }
  // `+ 0` turns -0 into 0 so that equal amounts compare and serialise the same.
  return Object.freeze({
    amountMinor: amountMinor + 0,
    currency: currency as CurrencyCode,
  });
}

/** Internal: builds a result, failing loudly instead of silently losing precision. */
export function checkedMoney(
  amountMinor: number | bigint,
  currency: CurrencyCode,
): Money {
  const amount = Number(amountMinor);
  if (!Number.isSafeInteger(amount) || BigInt(amount) !== BigInt(amountMinor)) {
    throw new MoneyError(
      MoneyErrorCode.AMOUNT_OUT_OF_RANGE,
      `${String(amountMinor)} ${currency} is beyond the safe integer range`,
    );
  }
  return money(amount, currency);
}
