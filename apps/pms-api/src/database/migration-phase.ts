import type { MigrationInterface } from 'typeorm';

/**
 * expand: additive, backward compatible, runs before the new code ships.
 * contract: destructive, only for what the code live in production no longer uses.
 */
export type MigrationPhase = 'expand' | 'contract';

export interface PhasedMigration extends MigrationInterface {
  readonly phase: MigrationPhase;
}
