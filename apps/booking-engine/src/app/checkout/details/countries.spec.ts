import { countryName, countryOptions } from './countries';

describe('countries', () => {
  it('lists every assigned ISO code once, named in the guest language', () => {
    const options = countryOptions('it');
    expect(options).toHaveLength(249);
    expect(new Set(options.map((option) => option.code)).size).toBe(249);
    expect(countryName('DE', 'it')).toBe('Germania');
    expect(countryName('DE', 'nl')).toBe('Duitsland');
  });

  it('sorts by the name as the guest reads it', () => {
    const names = countryOptions('de').map((option) => option.name);
    expect(names.indexOf('Österreich')).toBeLessThan(names.indexOf('Polen'));
  });
});
