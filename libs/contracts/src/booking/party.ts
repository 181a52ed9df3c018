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

/**
 * The longest stay one booking may be (a season and more): past it a typo such as 2207 for
 * 2027 is refused before it can claim a million unit-nights.
 */
export const MAX_STAY_NIGHTS = 366;

/** Whole nights from `arrival` to `departure` (calendar dates, UTC-free). */
export const nightsOfStay = (arrival: string, departure: string): number =>
  Math.round((Date.parse(`${departure}T00:00:00Z`) - Date.parse(`${arrival}T00:00:00Z`)) / 86_400_000);

export const staySchema = z
  .object({ arrival: calendarDateSchema, departure: calendarDateSchema })
  .refine((stay) => stay.departure > stay.arrival, { message: 'departure must be after arrival', path: ['departure'] })
  .refine((stay) => nightsOfStay(stay.arrival, stay.departure) <= MAX_STAY_NIGHTS, {
    message: `a stay is at most ${MAX_STAY_NIGHTS} nights`,
    path: ['departure'],
  });

export const localeSchema = z.enum(['it', 'en', 'de', 'nl']);

export const extraChoiceSchema = z.object({
  code: z.string().min(1).max(64),
  quantity: z.number().int().min(1).max(99),
});
