import type { QueryRunner } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { columnExists } from '../migration-guards';
import { planMigration } from './migration-plan';

const noDown = (): Promise<void> => Promise.resolve();

class GuardedExpand1795300000001 {
  readonly name = 'GuardedExpand1795300000001';
  readonly phase = 'expand';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE IF NOT EXISTS widgets (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB');
    if (!(await columnExists(queryRunner, 'widgets', 'colour'))) {
      await queryRunner.query('ALTER TABLE widgets ADD COLUMN colour VARCHAR(16) NULL, ALGORITHM=INSTANT');
    }
  }
  readonly down = noDown;
}

class GuardedContract1795300000002 {
  readonly name = 'GuardedContract1795300000002';
  readonly phase = 'contract';
  async up(queryRunner: QueryRunner): Promise<void> {
    if (await columnExists(queryRunner, 'widgets', 'legacy')) {
      await queryRunner.query('ALTER TABLE widgets DROP COLUMN legacy, ALGORITHM=INSTANT');
    }
  }
  readonly down = noDown;
}

/** The same migration with one statement edited after it was applied. */
class GuardedExpandEdited1795300000001 extends GuardedExpand1795300000001 {
  override async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE IF NOT EXISTS widgets (id BIGINT NOT NULL PRIMARY KEY) ENGINE=InnoDB');
    if (!(await columnExists(queryRunner, 'widgets', 'colour'))) {
      await queryRunner.query('ALTER TABLE widgets ADD COLUMN colour VARCHAR(16) NULL, ALGORITHM=INSTANT');
    }
  }
}

class CopyingExpand1795300000003 {
  readonly name = 'CopyingExpand1795300000003';
  readonly phase = 'expand';
  readonly down = noDown;
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE widgets ADD COLUMN size INT NULL, ALGORITHM=COPY');
  }
}

class HelperUser1795300000004 {
  readonly name = 'HelperUser1795300000004';
  readonly phase = 'expand';
  readonly down = noDown;
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('widgets', 'colour');
  }
}

class Unphased1795300000005 {
  readonly name = 'Unphased1795300000005';
  readonly down = noDown;
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY)');
  }
}

describe('planning a migration without a database', () => {
  it('records every statement up() can send, guarded ones marked conditional, guard reads left out', async () => {
    const plan = await planMigration(GuardedExpand1795300000001);
    expect(plan.steps.map((step) => [step.stepNo, step.statement?.kind, step.conditional])).toEqual([
      [1, 'create-table', false],
      [2, 'alter-table', true],
    ]);
    expect(plan.refusals).toEqual([]);
    expect(plan.timestamp).toBe(1795300000001);
  });

  it('sees the statements a guard sends only on an up-to-date schema (contract drops)', async () => {
    const plan = await planMigration(GuardedContract1795300000002);
    expect(plan.steps.map((step) => step.sql)).toEqual(['ALTER TABLE widgets DROP COLUMN legacy, ALGORITHM=INSTANT']);
    expect(plan.steps[0]?.conditional).toBe(true);
    expect(plan.refusals).toEqual([]);
  });

  it('gives the same checksum for the same statements and another one once a statement is edited', async () => {
    const first = await planMigration(GuardedExpand1795300000001);
    const again = await planMigration(GuardedExpand1795300000001);
    const edited = await planMigration(GuardedExpandEdited1795300000001);
    expect(again.checksum).toBe(first.checksum);
    expect(edited.checksum).not.toBe(first.checksum);
  });

  it('carries the gate refusals of each step', async () => {
    const plan = await planMigration(CopyingExpand1795300000003);
    expect(plan.refusals).toHaveLength(1);
    expect(plan.refusals[0]).toMatch(/^step 1: ALTER TABLE widgets with ALGORITHM=COPY/);
  });

  it('refuses QueryRunner helpers, whose SQL nobody could check', async () => {
    const plan = await planMigration(HelperUser1795300000004);
    expect(plan.refusals).toEqual(['uses QueryRunner.dropColumn(): write the SQL with queryRunner.query() so the runner can check and journal it']);
  });

  it('refuses a migration without a phase', async () => {
    const plan = await planMigration(Unphased1795300000005);
    expect(plan.phase).toBeUndefined();
    expect(plan.refusals[0]).toContain('declares no phase');
  });
});
