import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/config/app-config';
import { runEntry, startApi } from './support/built-entry-points';
import { workerConfig } from './support/test-database';
import { migrationLockName } from '../../src/database/runner/migration-lock';

/** The config back as environment variables, the way a task definition passes it. */
function toEnv(config: AppConfig, overrides: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    if (value !== undefined) {
      env[key] = Array.isArray(value) ? value.join(',') : String(value);
    }
  }
  return { ...env, ...overrides };
}

describe('the built entry points', () => {
  let config: AppConfig;

  beforeAll(async () => {
    config = await workerConfig();
  });

  it('main refuses to start, naming each missing or bad variable', async () => {
    const env = toEnv(config, { PD_HTTP_PORT: 'eighty' });
    delete env['PD_MEMCACHED_SERVERS'];
    const result = await runEntry('main', [], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PD_MEMCACHED_SERVERS is required but not set');
    expect(result.stderr).toContain('PD_HTTP_PORT: Invalid input: expected number');
  });

  it('migrate exits 0 and is safe to run again', async () => {
    const first = await runEntry('migrate', [], toEnv(config));
    const second = await runEntry('migrate', [], toEnv(config));
    expect([first.code, second.code]).toEqual([0, 0]);
  });

  it('migrate exits with the lock-busy code while another run holds the lock', async () => {
    const holder = await createConnection(config.PD_DB_PRIMARY_URL);
    try {
      await holder.query('SELECT GET_LOCK(?, 0)', [migrationLockName(new URL(config.PD_DB_PRIMARY_URL).pathname.slice(1))]);
      const result = await runEntry('migrate', [], toEnv(config, { PD_LOG_LEVEL: 'warn' }));
      expect(result.code).toBe(3);
      expect(result.stdout + result.stderr).toContain('another migration run holds the lock');
    } finally {
      await holder.end();
    }
  });

  it('job names the known jobs when asked for an unknown one, and runs a known one', async () => {
    const unknown = await runEntry('job', ['no-such-job'], toEnv(config));
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toContain('Unknown job "no-such-job"');
    expect(unknown.stderr).toContain('seed-demo');

    const seeded = await runEntry('job', ['seed-demo'], toEnv(config));
    expect(seeded.code).toBe(0);

    // Seeding again replaces the demo: what the desk added to its bookings goes with them.
    const db = await createConnection(config.PD_DB_PRIMARY_URL);
    try {
      const [[booking]] = (await db.query("SELECT id, property_id, unit_id FROM reservations WHERE status = 'confirmed' LIMIT 1")) as unknown as [{ id: string; property_id: string; unit_id: string }[]];
      if (!booking) {
        throw new Error('the demo has no booking');
      }
      await db.query("INSERT INTO reservation_notes (reservation_id, property_id, body, author, created_at) VALUES (?, ?, 'left over?', 'test', UTC_TIMESTAMP(6))", [booking.id, booking.property_id]);
      await db.query(
        "INSERT INTO unit_closures (id, property_id, unit_id, starts_on, ends_on, reason, created_by, created_at) VALUES (UUID(), ?, ?, '2099-01-01', '2099-01-02', 'left over?', 'test', UTC_TIMESTAMP(6))",
        [booking.property_id, booking.unit_id],
      );
      expect((await runEntry('job', ['seed-demo'], toEnv(config))).code).toBe(0);
      const [[left]] = (await db.query(
        'SELECT (SELECT COUNT(*) FROM reservation_notes WHERE property_id = ?) AS notes, (SELECT COUNT(*) FROM unit_closures WHERE property_id = ?) AS closures',
        [booking.property_id, booking.property_id],
      )) as unknown as [{ notes: number; closures: number }[]];
      expect({ notes: Number(left?.notes), closures: Number(left?.closures) }).toEqual({ notes: 0, closures: 0 });
    } finally {
      await db.end();
    }
  });

  describe('on SIGTERM', () => {
    let api: Awaited<ReturnType<typeof startApi>>;

    beforeAll(async () => {
      api = await startApi(toEnv(config, { PD_HTTP_PORT: '0', PD_SHUTDOWN_DRAIN_MS: '1500', PD_LOG_LEVEL: 'log' }));
    });

    afterAll(() => {
      api.child.kill('SIGKILL');
    });

    it('reports unhealthy while it drains, still answers, then exits 0', async () => {
      expect((await fetch(`${api.url}/api/health/live`)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => api.child.on('exit', resolve));

      api.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const duringDrain = await fetch(`${api.url}/api/health/live`);
      expect(duringDrain.status).toBe(503);
      expect(await duringDrain.json()).toEqual({ status: 'draining' });
      const properties = await fetch(`${api.url}/api/properties`);
      expect(properties.status).toBe(200);

      expect(await exited).toBe(0);
      expect(api.output()).toContain('"message":"stopped"');
    });
  });
});
