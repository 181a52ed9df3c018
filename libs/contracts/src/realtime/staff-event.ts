import * as z from 'zod';

/** The SSE event type (`event:` field) of staff updates on the hub. */
export const STAFF_EVENT_TYPE = 'staff';

const TOPIC_BASE = 'https://pitchdesk.app/properties';

/**
 * The private hub topic of one property's front-office changes. Updates on it are
 * published with `private=on`: only a subscriber whose JWT lists this topic receives them,
 * and the API gives such a JWT to signed-in staff only (guest names travel here).
 */
export function staffTopic(propertyId: string): string {
  if (propertyId.length === 0) {
    throw new RangeError('staffTopic needs a property id');
  }
  return `${TOPIC_BASE}/${encodeURIComponent(propertyId)}/staff`;
}

/** What happened, as consoles need it to refresh the right view. */
export const staffEventKindSchema = z.enum([
  'reservation.created',
  'reservation.updated',
  'reservation.moved',
  'reservation.cancelled',
  'reservation.checked-in',
  'reservation.checked-out',
  'reservation.note-added',
  'folio.changed',
  'unit.closed',
  'unit.reopened',
]);
export type StaffEventKind = z.infer<typeof staffEventKindSchema>;

/**
 * One change the open consoles of a property should see. A hint to refetch, like the
 * public availability updates: the API stays the truth, so a lost event costs a refresh.
 * `subjectId`: the reservation's id (or the unit's for closures).
 */
export const staffEventSchema = z.object({
  propertyId: z.string().min(1),
  kind: staffEventKindSchema,
  subjectId: z.string().min(1),
  /** The staff user who made the change ('system' for jobs, the guest's own online bookings). */
  actor: z.string().min(1),
});
export type StaffEvent = z.infer<typeof staffEventSchema>;

/** The hub update's `data`: events of one property gathered over a short window. */
export const staffUpdateSchema = z.object({ events: z.array(staffEventSchema).min(1) });
export type StaffUpdate = z.infer<typeof staffUpdateSchema>;
