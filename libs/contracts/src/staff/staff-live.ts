import * as z from 'zod';

/**
 * `GET /api/staff/properties/:slug/live`: what a console needs to open the property's
 * private staff stream on the hub: `?topic=<topic>&authorization=<token>` (EventSource
 * cannot send headers; the Mercure protocol takes the subscriber JWT as this parameter).
 */
export const staffLiveSubscriptionSchema = z.object({
  topic: z.string(),
  token: z.string(),
  /** ISO instant: reconnecting after it needs a fresh subscription. */
  expiresAt: z.iso.datetime(),
});
export type StaffLiveSubscription = z.infer<typeof staffLiveSubscriptionSchema>;
