import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilityTopic } from '@pitchdesk/contracts';
import type { AvailabilityChange } from '@pitchdesk/contracts';
import type { AppConfig } from '../../src/config/app-config';
import { DatabaseSessions } from '../../src/database/database-sessions';
import { JobsModule } from '../../src/jobs/jobs.module';
import { AvailabilityPublisher } from '../../src/realtime/availability-publisher';
import { subscribe } from './support/hub-subscriber';
import { startService, stopService } from './support/stack';
import { workerConfig } from './support/test-database';

interface Captured {
  level: 'log' | 'warn' | 'error';
  message: unknown;
}

/** The app's real logger output, kept for assertions. */
function captureLogs(into: Captured[]): LoggerService {
  return {
    log: (message: unknown) => into.push({ level: 'log', message }),
    warn: (message: unknown) => into.push({ level: 'warn', message }),
    error: (message: unknown) => into.push({ level: 'error', message }),
  };
}

function changeFor(propertyId: string, state: AvailabilityChange['state'] = 'held'): AvailabilityChange {
  return { propertyId, unitIds: ['a12', 'b3'], arrival: '2026-07-01', departure: '2026-07-08', state };
}

function warningsAbout(logs: Captured[], propertyId: string): string[] {
  return logs
    .filter((entry) => entry.level === 'warn')
    .map((entry) => JSON.stringify(entry.message))
    .filter((message) => message.includes(propertyId));
}

describe('AvailabilityPublisher against the real hub', () => {
  const logs: Captured[] = [];
  let config: AppConfig;
  let app: INestApplicationContext;
  let publisher: AvailabilityPublisher;

  beforeAll(async () => {
    config = await workerConfig();
    app = await NestFactory.createApplicationContext(JobsModule.forRoot(config), { logger: captureLogs(logs) });
    publisher = app.get(AvailabilityPublisher);
  });

  afterAll(async () => {
    await startService('hub');
    await app.close();
  });

  it('delivers a public update to a subscriber of the property’s topic, and only there', async () => {
    const propertyId = randomUUID();
    const otherId = randomUUID();
    const mine = await subscribe(config.PD_HUB_URL, availabilityTopic(propertyId));
    const other = await subscribe(config.PD_HUB_URL, availabilityTopic(otherId));
    try {
      const receivedMine = mine.next();
      const receivedOther = other.next();
      publisher.publishAvailabilityChanged(changeFor(propertyId, 'booked'));
      publisher.publishAvailabilityChanged(changeFor(otherId, 'released'));

      const update = await receivedMine;
      expect(update.type).toBe('availability');
      expect(update.id).toMatch(/^urn:uuid:/);
      expect(update.changes).toEqual([changeFor(propertyId, 'booked')]);
      expect((await receivedOther).changes).toEqual([changeFor(otherId, 'released')]);
      await publisher.settled();
      expect(mine.events.flatMap((event) => event.changes.map((change) => change.propertyId))).toEqual([propertyId]);
      expect(warningsAbout(logs, propertyId)).toEqual([]);
    } finally {
      mine.close();
      other.close();
    }
  });

  it('sends the changes made within the coalescing window as one update, in order', async () => {
    const propertyId = randomUUID();
    const subscriber = await subscribe(config.PD_HUB_URL, availabilityTopic(propertyId));
    try {
      const received = subscriber.next();
      const changes = (['held', 'booked', 'released'] as const).map((state) => changeFor(propertyId, state));
      for (const change of changes) {
        publisher.publishAvailabilityChanged(change);
      }
      expect((await received).changes).toEqual(changes);
      await publisher.settled();
      expect(subscriber.events).toHaveLength(1);
    } finally {
      subscriber.close();
    }
  });

  it('returns at once and never fails the caller while the hub is down, then recovers', async () => {
    const propertyId = randomUUID();
    await stopService('hub');

    let returned: unknown = 'not called';
    expect(() => {
      returned = publisher.publishAvailabilityChanged(changeFor(propertyId));
    }).not.toThrow();
    // Not a promise to await: nothing for a booking to wait on.
    expect(returned).toBeUndefined();
    const booking = await app.get(DatabaseSessions).transaction(async (manager) => {
      const [row] = (await manager.query('SELECT 1 AS ok')) as { ok: number }[];
      return row?.ok;
    });
    expect(booking).toBe(1);

    await publisher.settled();
    const warnings = warningsAbout(logs, propertyId);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('availability change not published');

    await startService('hub');
    const subscriber = await subscribe(config.PD_HUB_URL, availabilityTopic(propertyId));
    try {
      const received = subscriber.next();
      publisher.publishAvailabilityChanged(changeFor(propertyId, 'released'));
      expect((await received).changes.map((change) => change.state)).toEqual(['released']);
    } finally {
      subscriber.close();
    }
  });

  describe('with a hub that accepts connections but never answers', () => {
    let blackHole: Server;
    const sockets: Socket[] = [];
    let hungApp: INestApplicationContext;

    beforeAll(async () => {
      blackHole = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
      const address = blackHole.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      hungApp = await NestFactory.createApplicationContext(
        JobsModule.forRoot({ ...config, PD_HUB_URL: `http://127.0.0.1:${port}/.well-known/mercure`, PD_DEPENDENCY_TIMEOUT_MS: 500 }),
        { logger: captureLogs(logs) },
      );
    });

    afterAll(async () => {
      await hungApp.close();
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise((resolve) => blackHole.close(resolve));
    });

    it('lets the booking finish while the publish is still hanging, and gives up at the timeout', async () => {
      const propertyId = randomUUID();
      const hungPublisher = hungApp.get(AvailabilityPublisher);
      let settled = false;

      hungPublisher.publishAvailabilityChanged(changeFor(propertyId));
      const publishDone = hungPublisher.settled().then(() => {
        settled = true;
      });
      await hungApp.get(DatabaseSessions).transaction(async (manager) => manager.query('SELECT 1'));

      // The booking is done, the publish is not: it never was on the booking's path.
      expect(settled).toBe(false);
      expect(warningsAbout(logs, propertyId)).toEqual([]);
      await publishDone;
      const warnings = warningsAbout(logs, propertyId);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('TimeoutError');
    });
  });

  it('logs and drops an invalid change instead of throwing', () => {
    const propertyId = randomUUID();
    expect(() =>
      publisher.publishAvailabilityChanged({ ...changeFor(propertyId), departure: '2026-06-01' }),
    ).not.toThrow();
    expect(logs.some((entry) => entry.level === 'warn' && JSON.stringify(entry.message).includes('invalid'))).toBe(true);
  });
});
