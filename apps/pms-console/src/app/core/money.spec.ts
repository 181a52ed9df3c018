import { formatMoney, parseAmount } from './money';

describe('money at the desk', () => {
  it('formats minor units with the currency’s own decimals', () => {
    expect(formatMoney(12345, 'EUR', 'en')).toBe('€123.45');
    expect(formatMoney(500, 'JPY', 'en')).toBe('¥500');
  });

  it.each([
    ['45', 4500],
    ['45,5', 4550],
    ['45.50', 4550],
    ['-10', -1000],
    ['0', 0],
    ['45.505', null],
    ['abc', null],
    ['', null],
  ])('reads %j as %j', (text, minor) => {
    expect(parseAmount(text, 2)).toBe(minor);
  });

  it('reads an amount with the currency’s decimals (none for JPY)', () => {
    expect(parseAmount('500', 0)).toBe(500);
    expect(parseAmount('500.5', 0)).toBeNull();
  });
});
