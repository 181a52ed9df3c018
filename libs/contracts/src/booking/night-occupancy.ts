import * as z from 'zod';
import { calendarDateSchema } from './party';

/** The longest range one occupancy request covers: a date picker shows two or three months. */
export const MAX_OCCUPANCY_NIGHTS = 93;

/** `GET /api/properties/:slug/nights?from=YYYY-MM-DD&to=YYYY-MM-DD`: nights [from, to). */
export const nightOccupancyQuerySchema = z
  .object({ from: calendarDateSchema, to: calendarDateSchema })
  .refine((query) => query.to > query.from, { message: 'to must be after from', path: ['to'] })
  .refine(
    (query) => Date.parse(`${query.to}T00:00:00Z`) - Date.parse(`${query.from}T00:00:00Z`) <= MAX_OCCUPANCY_NIGHTS * 86_400_000,
    { message: `at most ${MAX_OCCUPANCY_NIGHTS} nights per request`, path: ['to'] },
  );
export type NightOccupancyQuery = z.infer<typeof nightOccupancyQuerySchema>;

/**
 * How many units of each type are free on each night of [from, to): `free[i]` is the
 * night `from + i`. A date picker greys out arrival days with nothing free; the stay
 * rules (arrival weekdays, minimum stays) come from the rate card, which the browser
 * evaluates with the shared domain code. Read from a replica, a few seconds old at most.
 */
export const nightOccupancySchema = z.object({
  from: z.string(),
  to: z.string(),
  unitTypes: z.array(z.object({ unitTypeCode: z.string(), units: z.number().int(), free: z.array(z.number().int()).readonly() })).readonly(),
});
export type NightOccupancy = z.infer<typeof nightOccupancySchema>;
