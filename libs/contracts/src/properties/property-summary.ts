import * as z from 'zod';

export const propertySlugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single dashes only');

export const propertySummarySchema = z.object({
  id: z.uuid(),
  slug: propertySlugSchema,
  name: z.string().min(1).max(160),
  /** IANA zone the property's calendar dates (nights) are in. */
  timeZone: z.string().min(1).max(64),
  /** ISO 4217 code; amounts are integer minor units of it. */
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type PropertySummary = z.infer<typeof propertySummarySchema>;
