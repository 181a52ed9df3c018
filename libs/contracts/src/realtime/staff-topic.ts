import { PROPERTY_TOPIC_BASE } from './availability-topic';

/** The SSE event type (`event:` field) of staff updates on the hub. */
export const STAFF_EVENT_TYPE = 'staff';


/**
 * The private hub topic of one property's front-office changes. Updates on it are
 * published with `private=on`: only a subscriber whose JWT lists this topic receives them,
 * and the API gives such a JWT to signed-in staff only (guest names travel here).
 */
export function staffTopic(propertyId: string): string {
  if (propertyId.length === 0) {
    throw new RangeError('staffTopic needs a property id');
  }
  return `${PROPERTY_TOPIC_BASE}/${encodeURIComponent(propertyId)}/staff`;
}
