import type { PhasedMigration } from '../../../../src/database/migration-phase';
import type { MigrationClass } from '../../../../src/database/runner/migration-plan';

/** TypeORM's QueryRunner, named through the migration interface (only src/database imports typeorm). */
type QueryRunner = Parameters<PhasedMigration['up']>[0];

// Test-only migration sets for the runner's medium tests, injected in place of the API's
// list. The multi-step migration is deliberately unguarded (no information_schema
// checks, CREATE TABLE without IF NOT EXISTS): a rerun after a crash then succeeds only
// through the runner's own journal and postconditions, which is what is under test.

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
const noDown = (): Promise<void> => Promise.resolve();

export class CreateWidgets1795400000000 implements PhasedMigration {
  readonly name = 'CreateWidgets1795400000000';
  readonly phase = 'expand';
  readonly down = noDown;
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS widgets (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, label VARCHAR(64) NOT NULL, legacy_code VARCHAR(16) NULL) ${TABLE_OPTIONS}`,
    );
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS gadgets (id INT UNSIGNED NOT NULL PRIMARY KEY, label VARCHAR(64) NOT NULL) ${TABLE_OPTIONS}`);
  }
}

/** Four steps on three tables, so a blocker on one table stops the run at a chosen step. */
export class ReshapeCatalogue1795400000010 implements PhasedMigration {
  readonly name = 'ReshapeCatalogue1795400000010';
  readonly phase = 'expand';
  readonly down = noDown;
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE widgets ADD COLUMN colour VARCHAR(16) NULL, ALGORITHM=INSTANT');
    await queryRunner.query('ALTER TABLE gadgets ADD COLUMN size INT NULL, ALGORITHM=INSTANT');
    await queryRunner.query('ALTER TABLE widgets ADD INDEX ix_widgets_colour (colour), ALGORITHM=INPLACE, LOCK=NONE');
    await queryRunner.query(`CREATE TABLE sprockets (id INT UNSIGNED NOT NULL PRIMARY KEY, teeth SMALLINT NOT NULL) ${TABLE_OPTIONS}`);
  }
}

/** ReshapeCatalogue edited after it was applied: one column is wider. */
export class ReshapeCatalogueEdited1795400000010 extends ReshapeCatalogue1795400000010 {
  override async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE widgets ADD COLUMN colour VARCHAR(32) NULL, ALGORITHM=INSTANT');
    await queryRunner.query('ALTER TABLE gadgets ADD COLUMN size INT NULL, ALGORITHM=INSTANT');
    await queryRunner.query('ALTER TABLE widgets ADD INDEX ix_widgets_colour (colour), ALGORITHM=INPLACE, LOCK=NONE');
    await queryRunner.query(`CREATE TABLE sprockets (id INT UNSIGNED NOT NULL PRIMARY KEY, teeth SMALLINT NOT NULL) ${TABLE_OPTIONS}`);
  }
}

export class AddWidgetNote1795400000020 implements PhasedMigration {
  readonly name = 'AddWidgetNote1795400000020';
  readonly phase = 'expand';
  readonly down = noDown;
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE widgets ADD COLUMN note VARCHAR(200) NULL, ALGORITHM=INSTANT');
  }
}

export class DropWidgetLegacyCode1795400000030 implements PhasedMigration {
  readonly name = 'DropWidgetLegacyCode1795400000030';
  readonly phase = 'contract';
  readonly down = noDown;
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE widgets DROP COLUMN legacy_code, ALGORITHM=INPLACE, LOCK=NONE');
  }
}

export class ResizeWidgetLabelByCopy1795400000040 implements PhasedMigration {
  readonly name = 'ResizeWidgetLabelByCopy1795400000040';
  readonly phase = 'expand';
  readonly down = noDown;
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE widgets MODIFY COLUMN label VARCHAR(300) NOT NULL, ALGORITHM=COPY');
  }
}

export const FIXTURE_SETS = {
  base: [CreateWidgets1795400000000],
  reshape: [CreateWidgets1795400000000, ReshapeCatalogue1795400000010],
  'reshape-edited': [CreateWidgets1795400000000, ReshapeCatalogueEdited1795400000010],
  note: [CreateWidgets1795400000000, AddWidgetNote1795400000020],
  'expand-and-contract': [CreateWidgets1795400000000, DropWidgetLegacyCode1795400000030, AddWidgetNote1795400000020],
  copy: [CreateWidgets1795400000000, ResizeWidgetLabelByCopy1795400000040],
} satisfies Record<string, readonly MigrationClass[]>;

export type FixtureSetName = keyof typeof FIXTURE_SETS;
export const isFixtureSetName = (name: string): name is FixtureSetName => name in FIXTURE_SETS;
