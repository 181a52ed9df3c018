import { describe, expect, it } from 'vitest';
import { staffEventSchema, staffTopic, staffUpdateSchema } from './staff-event';

describe('staffTopic', () => {
  it('names one private topic per property, apart from its public availability topic', () => {
    expect(staffTopic('p-1')).toBe('https://pitchdesk.app/properties/p-1/staff');
  });

  it('cannot be steered into another path by the id', () => {
    expect(staffTopic('a/../b')).toBe('https://pitchdesk.app/properties/a%2F..%2Fb/staff');
  });

  it('refuses an empty id', () => {
    expect(() => staffTopic('')).toThrow(RangeError);
  });
});

describe('staffUpdateSchema', () => {
  const event = { propertyId: 'p-1', kind: 'reservation.checked-in', subjectId: 'r-1', actor: 'u-1' } as const;

  it('accepts the events of one update', () => {
    expect(staffUpdateSchema.parse({ events: [event] })).toEqual({ events: [event] });
  });

  it('refuses an unknown kind and an empty update', () => {
    expect(staffEventSchema.safeParse({ ...event, kind: 'reservation.teleported' }).success).toBe(false);
    expect(staffUpdateSchema.safeParse({ events: [] }).success).toBe(false);
  });
});
