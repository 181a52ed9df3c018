import { describe, expect, it } from 'vitest';
import { AVAILABILITY_TOPIC_TEMPLATE, availabilityTopic } from './availability-topic';

describe('availabilityTopic', () => {
  it('names one topic per property', () => {
    expect(availabilityTopic('5f0c6a8e-3a4b-4c1d-9e2f-7a8b9c0d1e2f')).toBe(
      'https://pitchdesk.app/properties/5f0c6a8e-3a4b-4c1d-9e2f-7a8b9c0d1e2f/availability',
    );
  });

  it('is what the template expands to', () => {
    expect(AVAILABILITY_TOPIC_TEMPLATE.replace('{propertyId}', 'p-1')).toBe(availabilityTopic('p-1'));
  });

  it('cannot be steered into another path by the id', () => {
    expect(availabilityTopic('a/../b?x=1')).toBe('https://pitchdesk.app/properties/a%2F..%2Fb%3Fx%3D1/availability');
  });

  it('refuses an empty id', () => {
    expect(() => availabilityTopic('')).toThrow(RangeError);
  });
});
