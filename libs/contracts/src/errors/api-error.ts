import * as z from 'zod';

/** Every error the API answers with has this body, whatever the status. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  /** Stable machine-readable code, e.g. PROPERTY_NOT_FOUND or VALIDATION_FAILED. */
  code: z.string(),
  message: z.string(),
  /** Field-level problems for 400s: path -> message. */
  fields: z.record(z.string(), z.string()).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
