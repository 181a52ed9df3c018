import * as z from 'zod';

/** Dependencies the API reports on, each checked separately. */
export const DEPENDENCY_NAMES = ['primary', 'replica', 'memcached', 'hub', 'mail'] as const;
export type DependencyName = (typeof DEPENDENCY_NAMES)[number];

/**
 * Dependencies without which the API cannot serve correctly. The others (hub, mail)
 * are best effort by design: realtime and mail are retried, never block a booking.
 */
export const REQUIRED_DEPENDENCIES: readonly DependencyName[] = ['primary', 'replica', 'memcached'];

export const dependencyCheckSchema = z.object({
  status: z.enum(['up', 'down']),
  required: z.boolean(),
  latencyMs: z.number().nonnegative(),
  /** Seconds the replica is behind the primary; only on the replica check. */
  lagSeconds: z.number().nonnegative().nullable().optional(),
  error: z.string().optional(),
});
export type DependencyCheck = z.infer<typeof dependencyCheckSchema>;

export const healthReportSchema = z.object({
  /** `ok`: all up; `degraded`: a best-effort dependency is down; `down`: a required one is. */
  status: z.enum(['ok', 'degraded', 'down']),
  version: z.string(),
  checkedAt: z.iso.datetime(),
  checks: z.record(z.enum(DEPENDENCY_NAMES), dependencyCheckSchema),
});
export type HealthReport = z.infer<typeof healthReportSchema>;
