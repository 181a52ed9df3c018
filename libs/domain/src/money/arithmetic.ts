import type { Money } from './money';
import { assertSafeInteger, checkedMoney, money } from './money';
import { MoneyError, MoneyErrorCode } from './money-error';

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError(
      MoneyErrorCode.CURRENCY_MISMATCH,
      `cannot combine ${a.currency} with ${b.currency}`,
    );
  }
}

/**
 * `a + b`.
 * @throws {MoneyError} `CURRENCY_MISMATCH`; `AMOUNT_OUT_OF_RANGE` past 2^53 minor units.
 */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return checkedMoney(
    BigInt(a.amountMinor) + BigInt(b.amountMinor),
    a.currency,
  );
}

/**
 * `a - b`; the result may be negative.
 * @throws {MoneyError} `CURRENCY_MISMATCH`; `AMOUNT_OUT_OF_RANGE` past 2^53 minor units.
 */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return checkedMoney(
    BigInt(a.amountMinor) - BigInt(b.amountMinor),
    a.currency,
  );
}

/**
 * `amount * quantity` for an integer quantity (nights, guests, pets). Fractions are
 * not allowed here: use `percentage` or `allocate`, which say how to round.
 * @throws {MoneyError} `NOT_AN_INTEGER` for a fractional quantity; `AMOUNT_OUT_OF_RANGE`.
 */
export function multiplyMoney(amount: Money, quantity: number): Money {
  assertSafeInteger(quantity, 'quantity');
  return checkedMoney(
    BigInt(amount.amountMinor) * BigInt(quantity),
    amount.currency,
  );
}

/**
 * The total of `amounts`, all in `currency`; zero for an empty list.
 * @throws {MoneyError} `CURRENCY_MISMATCH` when any amount is in another currency.
 */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  return amounts.reduce(
    (total, next) => addMoney(total, next),
    money(0, currency),
  );
}
