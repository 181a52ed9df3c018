import { describe, expect, it } from 'vitest';
import { addMoney, multiplyMoney, subtractMoney, sumMoney } from './arithmetic';
import { money } from './money';
import { MoneyErrorCode } from './money-error';

const eur = (amountMinor: number) => money(amountMinor, 'EUR');
const failsWith = (code: MoneyErrorCode) =>
  expect.objectContaining({ name: 'MoneyError', code });

describe('money', () => {
  it('holds integer minor units and the currency, frozen', () => {
    const price = money(1250, 'EUR');
    expect(price).toEqual({ amountMinor: 1250, currency: 'EUR' });
    expect(Object.isFrozen(price)).toBe(true);
  });

  it('normalises -0 to 0', () => {
    expect(Object.is(money(-0, 'EUR').amountMinor, 0)).toBe(true);
  });

  it.each([
    [12.5, 'EUR', MoneyErrorCode.NOT_AN_INTEGER],
    [0.1 + 0.2, 'EUR', MoneyErrorCode.NOT_AN_INTEGER],
    [Number.NaN, 'EUR', MoneyErrorCode.NOT_AN_INTEGER],
    [Number.POSITIVE_INFINITY, 'EUR', MoneyErrorCode.NOT_AN_INTEGER],
    [Number.MAX_SAFE_INTEGER + 1, 'EUR', MoneyErrorCode.NOT_AN_INTEGER],
    [100, 'eur', MoneyErrorCode.INVALID_CURRENCY],
    [100, 'EURO', MoneyErrorCode.INVALID_CURRENCY],
    [100, '', MoneyErrorCode.INVALID_CURRENCY],
  ])('money(%d, %j) fails with %s', (amount, currency, code) => {
    expect(() => money(amount, currency)).toThrow(failsWith(code));
  });
});

describe('addMoney / subtractMoney / multiplyMoney / sumMoney', () => {
  it.each([
    [eur(1000), eur(250), eur(1250), eur(750)],
    [eur(0), eur(1), eur(1), eur(-1)],
    [eur(-500), eur(-500), eur(-1000), eur(0)],
  ])('%o and %o', (a, b, total, difference) => {
    expect(addMoney(a, b)).toEqual(total);
    expect(subtractMoney(a, b)).toEqual(difference);
  });

  it.each([
    [() => addMoney(eur(1), money(1, 'CHF'))],
    [() => subtractMoney(eur(1), money(1, 'CHF'))],
    [() => sumMoney([eur(1), money(1, 'GBP')], 'EUR')],
    [() => sumMoney([money(1, 'GBP')], 'EUR')],
  ])('refuses to mix currencies (%#)', (operation) => {
    expect(operation).toThrow(failsWith(MoneyErrorCode.CURRENCY_MISMATCH));
  });

  it.each([
    [eur(2350), 7, eur(16450)],
    [eur(2350), 0, eur(0)],
    [eur(-300), 3, eur(-900)],
  ])('multiplyMoney(%o, %i)', (amount, quantity, expected) => {
    expect(multiplyMoney(amount, quantity)).toEqual(expected);
  });

  it('refuses a fractional quantity: use percentage or allocate instead', () => {
    expect(() => multiplyMoney(eur(100), 1.5)).toThrow(
      failsWith(MoneyErrorCode.NOT_AN_INTEGER),
    );
  });

  it.each([
    [() => addMoney(eur(Number.MAX_SAFE_INTEGER), eur(1))],
    [() => subtractMoney(eur(Number.MIN_SAFE_INTEGER), eur(1))],
    [() => multiplyMoney(eur(Number.MAX_SAFE_INTEGER), 2)],
  ])('fails instead of losing precision past 2^53 (%#)', (operation) => {
    expect(operation).toThrow(failsWith(MoneyErrorCode.AMOUNT_OUT_OF_RANGE));
  });

  it('sums a folio, and an empty one is zero', () => {
    expect(sumMoney([eur(100), eur(250), eur(-50)], 'EUR')).toEqual(eur(300));
    expect(sumMoney([], 'EUR')).toEqual(eur(0));
  });
});
