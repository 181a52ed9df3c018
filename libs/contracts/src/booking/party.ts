import * as z from 'zod';

const count = (max: number) => z.number().int().min(0).max(max);

/** Who is staying; children by age on arrival. */
export const partySchema = z.object({
  adults: z.number().int().min(1, 'at least one adult').max(20),
  childrenAges: z.array(z.number().int().min(0).max(17)).max(12).default([]),
  pets: count(6).default(0),
  vehicles: count(6).default(0),
});
export type PartyInput = z.input<typeof partySchema>;

export const calendarDateSchema = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

export const staySchema = z
  .object({ arrival: calendarDateSchema, departure: calendarDateSchema })
  .refine((stay) => stay.departure > stay.arrival, { message: 'departure must be after arrival', path: ['departure'] });

export const localeSchema = z.enum(['it', 'en', 'de', 'nl']);

export const extraChoiceSchema = z.object({
  code: z.string().min(1).max(64),
  quantity: z.number().int().min(1).max(99),
});
