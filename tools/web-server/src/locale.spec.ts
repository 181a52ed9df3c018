import { describe, expect, it } from 'vitest';
import { preferredLocale } from './locale.ts';

const BUILT = ['de', 'en', 'it', 'nl'];

describe('preferredLocale', () => {
  it.each([
    ['it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7', 'it'],
    ['en-GB', 'en'],
    ['DE-at', 'de'],
    ['fr-FR,fr;q=0.9,nl;q=0.8,de;q=0.7', 'nl'],
    ['de;q=0.5, it;q=0.8', 'it'],
    ['it;q=0, de', 'de'],
    ['nl;q=0.5, de;q=0.5', 'nl'],
    ['fr, es', 'en'],
    ['*', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['it;q=garbage, nl', 'nl'],
  ])('%s -> %s', (acceptLanguage, expected) => {
    expect(preferredLocale(acceptLanguage, BUILT, 'en')).toBe(expected);
  });

  it('matches a regional build to a bare language preference', () => {
    expect(preferredLocale('pt, en', ['en', 'pt-BR'], 'en')).toBe('pt-BR');
  });
});
