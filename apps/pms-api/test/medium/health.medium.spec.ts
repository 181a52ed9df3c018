import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthReportSchema } from '@pitchdesk/contracts';
import type { HealthReport } from '@pitchdesk/contracts';
import { createHttpApp } from '../../src/http-app';
import { startService, stopService } from './support/stack';
import type { ServiceName } from './support/stack';
import { eventually, workerConfig } from './support/test-database';

describe('GET /api/health against the real dependencies', () => {
  let app: NestFastifyApplication;

  const health = async (): Promise<{ status: number; body: HealthReport }> => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    return { status: response.statusCode, body: healthReportSchema.parse(response.json()) };
  };

  beforeAll(async () => {
    app = await createHttpApp(await workerConfig());
    await app.init();
  });

  afterAll(async () => {
    for (const service of ['replica', 'memcached', 'hub', 'ses'] as const) {
      await startService(service);
    }
    await app.close();
  });

  it('is green with every dependency up, and reports the replica lag', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    for (const check of Object.values(body.checks)) {
      expect(check).toMatchObject({ status: 'up' });
    }
    expect(body.checks.replica.lagSeconds).toBeGreaterThanOrEqual(0);
    expect(body.checks.replica.lagSeconds).toBeLessThan(1);
  });

  it.each<[ServiceName, 'replica' | 'memcached']>([
    ['replica', 'replica'],
    ['memcached', 'memcached'],
  ])('turns red when the %s stops and green again when it restarts', async (service, check) => {
    await stopService(service);
    const red = await health();
    expect(red.status).toBe(503);
    expect(red.body.status).toBe('down');
    expect(red.body.checks[check]).toMatchObject({ status: 'down', required: true });
    expect(red.body.checks[check].error).toBeTruthy();
    expect(red.body.checks.primary.status).toBe('up');

    await startService(service);
    await eventually(`health is green after ${service} restarted`, async () => (await health()).status === 200);
  });

  it.each<[ServiceName, 'hub' | 'mail']>([
    ['hub', 'hub'],
    ['ses', 'mail'],
  ])('stays serving (degraded, 200) when the best-effort %s stops', async (service, check) => {
    await stopService(service);
    const degraded = await health();
    expect(degraded.status).toBe(200);
    expect(degraded.body.status).toBe('degraded');
    expect(degraded.body.checks[check].status).toBe('down');

    await startService(service);
    await eventually(`health is ok after ${service} restarted`, async () => (await health()).body.status === 'ok');
  });
});
