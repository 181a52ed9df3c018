import * as z from 'zod';

/** An update carries at most this many changes; a busier moment is sent as several. */
export const MAX_CHANGES_PER_UPDATE = 200;

/**
 * What changed: `held` (a checkout holds the units), `booked` (a booking confirmed them),
 * `released` (a cancellation or an expired hold freed them). The nights are the half-open
 * range [arrival, departure). A client refetches availability for those units and nights
 * rather than applying the change itself: updates may arrive late, twice or not at all.
 */
export const availabilityChangeSchema = z
  .object({
    propertyId: z.string().min(1).max(64),
    unitIds: z.array(z.string().min(1).max(64)).min(1),
    arrival: z.iso.date(),
    departure: z.iso.date(),
    state: z.enum(['held', 'booked', 'released']),
  })
  // ISO dates compare correctly as strings.
  .refine((change) => change.arrival < change.departure, {
    message: 'departure must be after arrival',
    path: ['departure'],
  });
export type AvailabilityChange = z.infer<typeof availabilityChangeSchema>;
export type AvailabilityChangeState = AvailabilityChange['state'];

/**
 * One hub update (the `data:` of an `availability` event): the changes of one property
 * made within a few milliseconds of each other, sent together so that a busy season
 * opening costs the hub and every open page one message instead of one per hold.
 */
export const availabilityUpdateSchema = z
  .object({
    changes: z.array(availabilityChangeSchema).min(1).max(MAX_CHANGES_PER_UPDATE),
  })
  .refine((update) => update.changes.every((change) => change.propertyId === update.changes[0]?.propertyId), {
    message: 'an update carries the changes of one property (its topic)',
    path: ['changes'],
  });
export type AvailabilityUpdate = z.infer<typeof availabilityUpdateSchema>;
