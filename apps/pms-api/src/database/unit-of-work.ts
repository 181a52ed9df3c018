import type { EntityManager } from 'typeorm';

/**
 * A transaction in progress, as services see it: a handle they pass on to repositories
 * and never use themselves, so TypeORM stays behind the repositories.
 */
export type UnitOfWork = EntityManager;
