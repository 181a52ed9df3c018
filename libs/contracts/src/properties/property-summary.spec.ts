import { describe, expect, it } from 'vitest';
import { propertySlugSchema, propertySummarySchema } from './property-summary';

const valid = {
  id: '5f0c6a8e-3a4b-4c1d-9e2f-7a8b9c0d1e2f',
  slug: 'lago-verde',
  name: 'Camping Lago Verde',
  timeZone: 'Europe/Rome',
  currency: 'EUR',
};

describe('propertySlugSchema', () => {
  it.each(['lago-verde', 'a', 'site-2'])('accepts %s', (slug) => {
    expect(propertySlugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(['', 'Lago', 'lago--verde', '-lago', 'lago-', 'lago verde', 'x'.repeat(65)])('refuses %j', (slug) => {
    expect(propertySlugSchema.safeParse(slug).success).toBe(false);
  });
});

describe('propertySummarySchema', () => {
  it('accepts a complete property', () => {
    expect(propertySummarySchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['currency', 'eur'],
    ['currency', 'EURO'],
    ['id', 'not-a-uuid'],
    ['name', ''],
  ])('names the field when %s is %j', (field, value) => {
    const result = propertySummarySchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});
