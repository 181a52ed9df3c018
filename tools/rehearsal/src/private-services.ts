import { createConnection } from 'node:net';
import { join } from 'node:path';
import { startInBackground, waitForUrl } from '@pitchdesk/dev-tools/processes';
import type { Background } from '@pitchdesk/dev-tools/processes';

// The hub, the SES endpoint and memcached of the rehearsal's own: thousands of bookings
// must not reach the developer's pages (hub), fill the shared SES store the e2e suites
// read, or meet another database's cached availability for the same demo campsite
// (memcached). MariaDB is the stack's, with a database of the rehearsal's own.

export interface ServicePorts {
  readonly hub: number;
  readonly memcached: number;
}

// GetAccount answers only when the local SES endpoint has an account to describe (the
// API's mail health check makes that call), as the local stack does.
const SES_ACCOUNT = { ProductionAccessEnabled: true, SendingEnabled: true, EnforcementStatus: 'HEALTHY', Details: { MailType: 'TRANSACTIONAL' } };

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) {
          reject(new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs / 1000} s`));
        } else {
          setTimeout(attempt, 100);
        }
      });
    };
    attempt();
  });
}

/** The SES endpoint alone: the rehearsal stops it for a while to have mails fail and retry. */
export async function startSes(port: number, workspace: string, logDir: string): Promise<Background> {
  const ses = startInBackground('ses', process.execPath, [join(workspace, 'node_modules/aws-ses-v2-local/dist/cli.js'), '--host', '127.0.0.1', '--port', String(port)], {
    env: { PATH: process.env['PATH'] ?? '', AWS_SES_ACCOUNT: JSON.stringify(SES_ACCOUNT) },
    cwd: workspace,
    logFile: join(logDir, `ses-${Date.now()}.log`),
  });
  try {
    await waitForUrl(`http://127.0.0.1:${port}/health-check`, 15_000, ses);
    return ses;
  } catch (error) {
    await ses.stop(2_000);
    throw error;
  }
}

/** Hub and memcached; the SES endpoint is started on its own (startSes). */
export async function startPrivateServices(ports: ServicePorts, stack: Record<string, string>, workspace: string, logDir: string): Promise<Background[]> {
  const base = { PATH: process.env['PATH'] ?? '' };
  const started: Background[] = [];
  try {
    const hub = startInBackground('hub', process.execPath, [join(workspace, 'tools/mercure-hub/src/main.ts')], {
      env: {
        ...base,
        PD_HUB_HOST: '127.0.0.1',
        PD_HUB_PORT: String(ports.hub),
        PD_HUB_PUBLISHER_KEY: stack['PD_HUB_PUBLISHER_KEY'] ?? '',
        PD_HUB_SUBSCRIBER_KEY: stack['PD_HUB_SUBSCRIBER_KEY'] ?? '',
      },
      cwd: workspace,
      logFile: join(logDir, 'hub.log'),
    });
    started.push(hub);
    const root = process.getuid?.() === 0;
    const memcached = startInBackground('memcached', 'memcached', [...(root ? ['-u', 'root'] : []), '-l', '127.0.0.1', '-p', String(ports.memcached), '-U', '0', '-m', '64'], {
      env: base,
      cwd: workspace,
      logFile: join(logDir, 'memcached.log'),
    });
    started.push(memcached);
    await waitForUrl(`http://127.0.0.1:${ports.hub}/healthz`, 15_000, hub);
    await waitForPort(ports.memcached, 10_000);
    return started;
  } catch (error) {
    await Promise.all(started.map((service) => service.stop(2_000)));
    throw error;
  }
}
