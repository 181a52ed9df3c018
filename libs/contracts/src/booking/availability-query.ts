import * as z from 'zod';
import { calendarDateSchema, localeSchema } from './party';

/** Query-string numbers and lists arrive as text; these turn them into numbers and arrays. */
const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const queryList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));
const queryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `GET /api/properties/:slug/availability?arrival=...&departure=...&adults=2&children=4,7` */
export const availabilityQuerySchema = z
  .object({
    arrival: calendarDateSchema,
    departure: calendarDateSchema,
    adults: queryInt(1, 20),
    children: queryList.pipe(z.array(z.coerce.number<string>().int().min(0).max(17)).max(12)).optional(),
    pets: queryInt(0, 6).optional(),
    vehicles: queryInt(0, 6).optional(),
    types: queryList.optional(),
    features: queryList.optional(),
    shade: queryList.pipe(z.array(z.enum(['none', 'partial', 'full']))).optional(),
    accessible: queryFlag.optional(),
    electricity: queryFlag.optional(),
    petsAllowed: queryFlag.optional(),
    minVehicleLengthM: z.coerce.number().min(0).max(30).optional(),
    /**
     * `true`: list the free units' ids per type (a site map needs them). Off by default: a
     * results list needs only the count, and the ids are nine tenths of the answer.
     */
    units: queryFlag.optional(),
    /** Language of the rule explanations. */
    lang: localeSchema.optional(),
  })
  .refine((query) => query.departure > query.arrival, { message: 'departure must be after arrival', path: ['departure'] });
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;
