import { execFile } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { startInBackground } from '@pitchdesk/dev-tools/processes';
import type { Background } from '@pitchdesk/dev-tools/processes';
import { haproxyConfig } from './haproxy-config.ts';
import type { HaproxyLayout } from './haproxy-config.ts';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function checkConfig(file: string): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('haproxy', ['-c', '-q', '-f', file], (error, _stdout, stderr) =>
      error ? reject(new Error(`haproxy refuses ${file}: ${stderr.trim() || error.message}`)) : resolve(),
    ),
  );
}

/** haproxy in the foreground (ours to stop), driven through its runtime API socket. */
export class Haproxy {
  private readonly process: Background;
  private readonly socketPath: string;

  private constructor(process: Background, socketPath: string) {
    this.process = process;
    this.socketPath = socketPath;
  }

  static async start(layout: HaproxyLayout, dir: string): Promise<Haproxy> {
    const file = join(dir, 'haproxy.cfg');
    writeFileSync(file, haproxyConfig(layout));
    await checkConfig(file);
    rmSync(layout.socketPath, { force: true });
    const process = startInBackground('haproxy', 'haproxy', ['-db', '-f', file], { env: { PATH: globalThis.process.env['PATH'] ?? '' }, cwd: dir, logFile: join(dir, 'haproxy.log') });
    const haproxy = new Haproxy(process, layout.socketPath);
    for (let tries = 0; !existsSync(layout.socketPath); tries += 1) {
      if (tries > 100 || process.child.exitCode !== null) {
        throw new Error(`haproxy did not start; see ${join(dir, 'haproxy.log')}`);
      }
      await sleep(50);
    }
    return haproxy;
  }

  /** One runtime API command; resolves with haproxy's answer. */
  command(line: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = createConnection(this.socketPath);
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('error', reject);
      socket.on('end', () => resolve(answer));
      socket.end(`${line}\n`);
    });
  }

  /** The backend's servers: operational state 2 is up (haproxy's show servers state). */
  private async operationalState(server: number): Promise<number | undefined> {
    const answer = await this.command('show servers state api');
    const row = answer.split('\n').find((line) => line.split(' ')[3] === `s${server}`);
    return row === undefined ? undefined : Number(row.split(' ')[5]);
  }

  private async currentSessions(server: number): Promise<number> {
    const answer = await this.command('show stat');
    const row = answer.split('\n').find((line) => line.startsWith(`api,s${server},`));
    return Number(row?.split(',')[4] ?? 0);
  }

  /** Lets traffic reach server `server` and resolves once its health checks say it is up. */
  async enable(server: number, timeoutMs = 15_000): Promise<void> {
    await this.command(`set server api/s${server} state ready`);
    const deadline = Date.now() + timeoutMs;
    while ((await this.operationalState(server)) !== 2) {
      if (Date.now() > deadline) {
        throw new Error(`haproxy did not see server s${server} up within ${timeoutMs / 1000} s`);
      }
      await sleep(50);
    }
  }

  /** Sends server `server` no new requests and resolves once it has none in flight. */
  async drain(server: number, timeoutMs = 30_000): Promise<void> {
    await this.command(`set server api/s${server} state drain`);
    const deadline = Date.now() + timeoutMs;
    while ((await this.currentSessions(server)) > 0 && Date.now() < deadline) {
      await sleep(50);
    }
  }

  /** Takes server `server` out altogether (its process is gone). */
  async disable(server: number): Promise<void> {
    await this.command(`set server api/s${server} state maint`);
  }

  stop(): Promise<void> {
    return this.process.stop(5_000);
  }
}
