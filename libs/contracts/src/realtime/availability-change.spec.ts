import { describe, expect, it } from 'vitest';
import { availabilityChangeSchema, availabilityUpdateSchema, MAX_CHANGES_PER_UPDATE } from './availability-change';

const valid = {
  propertyId: '5f0c6a8e-3a4b-4c1d-9e2f-7a8b9c0d1e2f',
  unitIds: ['a12', 'a13'],
  arrival: '2026-07-01',
  departure: '2026-07-08',
  state: 'held',
};

describe('availabilityChangeSchema', () => {
  it('accepts a change', () => {
    expect(availabilityChangeSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['unitIds', []],
    ['arrival', '2026-02-30'],
    ['arrival', '2026-07-01T00:00:00Z'],
    ['state', 'cancelled'],
    ['departure', '2026-07-01'],
    ['departure', '2026-06-30'],
  ])('names %s when it is %j', (field, value) => {
    const result = availabilityChangeSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});

describe('availabilityUpdateSchema', () => {
  it('accepts the changes of one property', () => {
    const update = { changes: [valid, { ...valid, state: 'booked' }] };
    expect(availabilityUpdateSchema.parse(update)).toEqual(update);
  });

  it.each([
    ['no change', []],
    ['changes of two properties', [valid, { ...valid, propertyId: 'another' }]],
    ['too many changes', Array.from({ length: MAX_CHANGES_PER_UPDATE + 1 }, () => valid)],
  ])('refuses %s', (_case, changes) => {
    const result = availabilityUpdateSchema.safeParse({ changes });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe('changes');
  });
});
