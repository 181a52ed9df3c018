import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JobsModule } from '../../src/jobs/jobs.module';
import { DatabaseSessions } from '../../src/database/database-sessions';
import { PropertiesRepository } from '../../src/properties/properties.repository';
import { PropertyEntity } from '../../src/properties/property.entity';
import { startReplication, startService, stopReplication, stopService, waitForReplicaCatchUp } from './support/stack';
import { eventually, serverIdOf, workerConfig } from './support/test-database';

const property = {
  id: '0b6e7c1a-7d2e-4f4e-9a51-3c2d1e0f9a8b',
  slug: 'split-test',
  name: 'Original name',
  timeZone: 'Europe/Rome',
  currency: 'EUR',
};

describe('read/write split on the real primary and replica', () => {
  let app: INestApplicationContext;
  let repository: PropertiesRepository;
  let sessions: DatabaseSessions;
  let primaryId: number;
  let replicaId: number;

  const servedBy = (intent: 'primary' | 'replica'): Promise<number> =>
    sessions.read(intent, async (manager) => Number((await manager.query('SELECT @@server_id AS id'))[0].id));

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(JobsModule.forRoot(await workerConfig()), { logger: false });
    repository = app.get(PropertiesRepository);
    sessions = app.get(DatabaseSessions);
    [primaryId, replicaId] = [await serverIdOf('primary'), await serverIdOf('replica')];
    expect(primaryId).not.toBe(replicaId);
  });

  beforeEach(async () => {
    await repository.upsert(property);
    await waitForReplicaCatchUp(10_000);
  });

  afterAll(async () => {
    // Leave the shared stack as we found it, even if a test failed half way.
    await startService('replica');
    await startReplication();
    await app.close();
  });

  it('serves replica reads from the replica and primary reads from the primary', async () => {
    expect(await servedBy('replica')).toBe(replicaId);
    expect(await servedBy('primary')).toBe(primaryId);
  });

  it('answers a replica read with stale data while replication is stopped, then converges', async () => {
    await stopReplication();
    await repository.rename(property.slug, 'Renamed on the primary');

    expect((await repository.findBySlug('replica', property.slug))?.name).toBe('Original name');
    expect((await repository.findBySlug('primary', property.slug))?.name).toBe('Renamed on the primary');

    await startReplication();
    await waitForReplicaCatchUp(10_000);
    expect((await repository.findBySlug('replica', property.slug))?.name).toBe('Renamed on the primary');
  });

  it('reads inside a transaction from the primary, including its own uncommitted write', async () => {
    await stopReplication();
    await repository.rename(property.slug, 'Committed before the transaction');

    const seen = await sessions.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(PropertyEntity, { slug: property.slug });
      await manager.update(PropertyEntity, { slug: property.slug }, { name: 'Written inside' });
      const after = await manager.findOneByOrFail(PropertyEntity, { slug: property.slug });
      const [{ id }] = (await manager.query('SELECT @@server_id AS id')) as { id: number }[];
      return { before: before.name, after: after.name, serverId: Number(id) };
    });

    expect(seen).toEqual({ before: 'Committed before the transaction', after: 'Written inside', serverId: primaryId });
    await startReplication();
  });

  it('falls back to the primary while the replica is down and returns to it once it is back', async () => {
    await stopService('replica');
    expect(await repository.list('replica')).toContainEqual(property);
    expect(await servedBy('replica')).toBe(primaryId);

    await startService('replica');
    await eventually('replica reads are served by the replica again', async () => (await servedBy('replica')) === replicaId);
  });
});
