import { formatMinor, parseMajor } from './desk-format';

describe('money at the desk', () => {
  it('formats minor units with the currency’s own decimals', () => {
    expect(formatMinor(12345, 'EUR', 'en')).toBe('€123.45');
    expect(formatMinor(500, 'JPY', 'en')).toBe('¥500');
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
    expect(parseMajor(text)).toBe(minor);
  });
});
