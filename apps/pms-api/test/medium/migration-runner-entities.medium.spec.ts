import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrateExit, runMigrations } from '../../src/database/migration-runner';
import { entitySchemaDisagreements } from '../../src/database/runner/entity-schema-check';
import { DISAGREEING_FIXTURE_ENTITIES } from './support/migration-runner/catalogue-fixture.entity';
import { FIXTURE_SETS } from './support/migration-runner/fixture-migrations';
import { MemoryLogger, scratchDatabase } from './support/migration-runner/scratch-database';
import type { ScratchDatabase } from './support/migration-runner/scratch-database';

// CI fails when entities and migrations disagree: a fresh database built only from the
// migrations, then TypeORM's own schema diff against the entities.

describe('entities and migrations', () => {
  let api: ScratchDatabase;
  let fixture: ScratchDatabase;

  beforeAll(async () => {
    api = await scratchDatabase('entities');
    fixture = await scratchDatabase('entities_fixture');
  });

  afterAll(async () => {
    await api.drop();
    await fixture.drop();
  });

  it("agree for the API: the migrations build every table, column and unique index the entities map", async () => {
    const logger = new MemoryLogger();
    expect(await runMigrations(api.config, logger)).toBe(MigrateExit.OK);
    expect(await entitySchemaDisagreements(api.config)).toEqual([]);
  });

  it('are caught disagreeing: a missing table or column, an unmapped NOT NULL column, a type change TypeORM would DROP and ADD', async () => {
    expect(await runMigrations(fixture.config, new MemoryLogger(), { migrations: FIXTURE_SETS.base })).toBe(MigrateExit.OK);
    const disagreements = await entitySchemaDisagreements(fixture.config, DISAGREEING_FIXTURE_ENTITIES);
    expect(disagreements.map((disagreement) => disagreement.problem).sort()).toEqual(
      [
        "TypeORM would DROP and re-ADD widgets.label (its type differs from the entity's), losing its data: write the change as migrations (new column, backfill job, switch, drop)",
        'the entity maps widgets.weight, which no migration creates',
        "gadgets.label is NOT NULL without a default and no entity maps it: the entity's INSERTs would fail",
        'the entity maps table sprockets, which no migration creates',
      ].sort(),
    );
  });
});
