import { describe, expect, it } from 'vitest';
import { instantSupport } from './online-ddl.ts';
import { parseMysqlVersion } from './mysql-version.ts';
import type { MysqlVersion } from './mysql-version.ts';
import { parseSql } from './parse-sql.ts';
import { SchemaModel } from './schema-model.ts';

const version = (text: string): MysqlVersion => parseMysqlVersion(text) ?? [0, 0, 0];

function verdicts(setup: readonly string[], alter: string, target: string): string[] {
  const schema = new SchemaModel();
  for (const sql of setup) {
    const outcome = parseSql(sql);
    (outcome.ok ? outcome.statements : []).forEach(({ statement }) => schema.apply(statement));
  }
  const outcome = parseSql(alter);
  const statement = outcome.ok ? outcome.statements[0]?.statement : undefined;
  if (statement?.kind !== 'alter-table') {
    throw new Error(`not an ALTER: ${alter}`);
  }
  return statement.actions.map((action) => instantSupport(action, schema.table(statement.table), version(target)).support);
}

const T = 'CREATE TABLE t (id INT NOT NULL PRIMARY KEY, a VARCHAR(20) NULL, b INT NULL)';

describe('instantSupport (MySQL 8.0 online DDL tables)', () => {
  it.each([
    ['ALTER TABLE t ADD COLUMN c INT NULL', '8.0.28', 'yes'],
    ['ALTER TABLE t ADD COLUMN c INT NULL AFTER a', '8.0.28', 'no'],
    ['ALTER TABLE t ADD COLUMN c INT NULL AFTER a', '8.0.29', 'yes'],
    ['ALTER TABLE t DROP COLUMN b', '8.0.28', 'no'],
    ['ALTER TABLE t DROP COLUMN b', '8.0.29', 'yes'],
    ['ALTER TABLE t RENAME COLUMN b TO c', '8.0.27', 'no'],
    ['ALTER TABLE t RENAME COLUMN b TO c', '8.0.28', 'yes'],
    ['ALTER TABLE t ADD COLUMN c INT NULL DEFAULT (1 + 1)', '8.0.39', 'no'],
    ['ALTER TABLE t ADD COLUMN c INT NOT NULL DEFAULT 7', '8.0.28', 'yes'],
    ['ALTER TABLE t ADD COLUMN c BIGINT NOT NULL AUTO_INCREMENT', '8.0.39', 'no'],
    ['ALTER TABLE t ADD COLUMN c INT AS (b + 1) VIRTUAL', '8.0.28', 'yes'],
    ['ALTER TABLE t ADD COLUMN c INT AS (b + 1) STORED', '8.0.39', 'no'],
    ['ALTER TABLE t ADD INDEX ix (b)', '8.0.39', 'no'],
    ['ALTER TABLE t DROP INDEX ix', '8.0.39', 'no'],
    ['ALTER TABLE t MODIFY a VARCHAR(40) NULL', '8.0.39', 'no'],
    ["ALTER TABLE t MODIFY a VARCHAR(20) NULL DEFAULT 'x'", '8.0.28', 'yes'],
    ['ALTER TABLE t MODIFY a VARCHAR(20) NOT NULL', '8.0.39', 'no'],
    ['ALTER TABLE t RENAME TO u', '8.0.28', 'yes'],
    ['ALTER TABLE t ROW_FORMAT=DYNAMIC', '8.0.39', 'no'],
  ])('%s on %s: %s', (alter, target, expected) => {
    expect(verdicts([T], alter, target)).toEqual([expected]);
  });

  it('rules out instant ADD COLUMN on a table with a FULLTEXT index', () => {
    const withFulltext = 'CREATE TABLE d (id INT NOT NULL PRIMARY KEY, body TEXT, FULLTEXT KEY ft (body))';
    expect(verdicts([withFulltext], 'ALTER TABLE d ADD COLUMN c INT NULL', '8.0.39')).toEqual(['no']);
  });
});
