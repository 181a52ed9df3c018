import { amountText, formatMoney, parseAmount } from './desk-labels';

describe('parseAmount', () => {
  it.each([
    ['12', 1_200],
    ['12.5', 1_250],
    ['12,50', 1_250],
    [' 0.07 ', 7],
    ['-3', -300],
    ['1234567.89', 123_456_789],
  ])('reads "%s" as %i minor units', (text, minor) => {
    expect(parseAmount(text, 2)).toBe(minor);
  });

  it.each(['', 'abc', '12.345', '1e3', '12.', '--1'])('refuses "%s"', (text) => {
    expect(parseAmount(text, 2)).toBeNull();
  });

  it('takes no decimals for a currency without them', () => {
    expect(parseAmount('500', 0)).toBe(500);
    expect(parseAmount('5.5', 0)).toBeNull();
  });
});

describe('amountText and formatMoney', () => {
  it('writes minor units back as the desk types them', () => {
    expect(amountText(1_250, 2)).toBe('12.50');
    expect(amountText(-7, 2)).toBe('-0.07');
    expect(amountText(500, 0)).toBe('500');
    expect(parseAmount(amountText(98_765, 2), 2)).toBe(98_765);
  });

  it('formats in the page language', () => {
    expect(formatMoney(1_250, 'EUR', 'en')).toBe('€12.50');
  });
});
