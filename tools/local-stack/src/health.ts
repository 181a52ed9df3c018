import { request } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export function httpOk(url: string, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const req = request(url, { timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      resolvePromise(res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolvePromise(false));
    req.end();
  });
}

/** memcached's text protocol answers `version` with `VERSION x.y.z`. */
export function memcachedOk(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('version\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) {
        done(reply.startsWith('VERSION '));
      }
    });
  });
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Returns a reason to give up early, e.g. the process died. */
  giveUp?: () => Promise<string | undefined>;
}

export async function waitUntil(check: () => Promise<boolean>, what: string, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await check()) {
      return;
    }
    const reason = await options.giveUp?.();
    if (reason) {
      throw new Error(`${what}: ${reason}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not healthy after ${options.timeoutMs} ms`);
    }
    await sleep(options.intervalMs ?? 40);
  }
}
