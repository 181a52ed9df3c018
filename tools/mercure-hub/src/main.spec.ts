import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { SseStream } from './test-support/sse-client.ts';

// The entry point as the local stack runs it: `node tools/mercure-hub/src/main.ts`.
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const KEYS = {
  PD_HUB_PUBLISHER_KEY: 'pub-key',
  PD_HUB_SUBSCRIBER_KEY: 'sub-key',
};

function run(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
} {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('PD_HUB_')),
  );
  const child = spawn(process.execPath, [MAIN], {
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function listeningUrl(
  output: () => string,
  child: ChildProcess,
): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const match = /listening on (\S+)/.exec(output());
    if (match?.[1]) {
      return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`hub did not start: ${output()}`);
}

describe('main.ts', () => {
  it('exits 1 naming the missing variable', async () => {
    const { child, output } = run({ PD_HUB_PUBLISHER_KEY: 'pub-key' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output()).toContain('PD_HUB_SUBSCRIBER_KEY is required');
  });

  it('serves /healthz and shuts down cleanly on SIGTERM with a subscriber connected', async () => {
    const { child, output } = run({ ...KEYS, PD_HUB_PORT: '0' });
    try {
      const url = await listeningUrl(output, child);
      expect((await fetch(new URL('/healthz', url))).status).toBe(200);
      const stream = await SseStream.open(`${url}?topic=urn:x`);

      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
      await stream.waitFor(() => stream.ended);
    } finally {
      child.kill('SIGKILL');
    }
  }, 15_000);
});
