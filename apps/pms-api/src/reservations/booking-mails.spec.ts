import { describe, expect, it } from 'vitest';
import { formatMinor } from '../common/intl-formats';

describe('formatMinor', () => {
  it.each([
    // Italian leaves 4-digit amounts ungrouped (CLDR minimum grouping digits).
    [123_450, 'EUR', 'it', '1234,50\u00a0€'],
    [1_234_500, 'EUR', 'it', '12.345,00\u00a0€'],
    [123_450, 'EUR', 'en', '€1,234.50'],
    [1_234, 'JPY', 'en', '¥1,234'],
    [0, 'EUR', 'de', '0,00\u00a0€'],
  ])('%i %s in %s is %s', (amount, currency, locale, expected) => {
    expect(formatMinor(amount, currency, locale)).toBe(expected);
  });
});
