import * as z from 'zod';

export { STAFF_EVENT_TYPE, staffTopic } from './staff-topic';

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
