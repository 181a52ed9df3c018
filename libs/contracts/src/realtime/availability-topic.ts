/** The SSE event type (`event:` field) of availability updates on the hub. */
export const AVAILABILITY_EVENT_TYPE = 'availability';

/** The namespace of per-property topics; an IRI the hub matches on, never fetched. */
export const PROPERTY_TOPIC_BASE = 'https://pitchdesk.app/properties';

/**
 * URI template (RFC 6570) matching every property's availability topic, for subscribers
 * that follow several properties with one selector.
 */
export const AVAILABILITY_TOPIC_TEMPLATE = `${PROPERTY_TOPIC_BASE}/{propertyId}/availability`;

/**
 * The hub topic on which a property's availability changes are published (public updates:
 * availability is public information). Subscribe with `?topic=<this>` on the hub URL.
 */
export function availabilityTopic(propertyId: string): string {
  if (propertyId.length === 0) {
    throw new RangeError('availabilityTopic needs a property id');
  }
  return `${PROPERTY_TOPIC_BASE}/${encodeURIComponent(propertyId)}/availability`;
}
