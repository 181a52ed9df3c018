import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startInBackground } from '@pitchdesk/dev-tools/processes';

// Background processes are started and stopped the same way as by `npm start`.
export type { Background } from '@pitchdesk/dev-tools/processes';
export { startInBackground, waitForUrl } from '@pitchdesk/dev-tools/processes';

/**
 * Runs a command to completion with its output in a log file (a bench table should not
 * drown in build output); on failure the error carries the log's last lines.
 */
export async function runLogged(
  step: string,
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string; timeoutMs: number },
): Promise<void> {
  const process = startInBackground(step, command, args, options);
  const timer = setTimeout(() => void process.stop(2_000), options.timeoutMs);
  const code = await new Promise<number>((resolve) => {
    process.child.once('error', () => resolve(127));
    process.child.once('close', (exitCode: number | null, signal: NodeJS.Signals | null) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  clearTimeout(timer);
  if (code !== 0) {
    const tail = readFileSync(options.logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
    throw new Error(`${step} failed (exit code ${code}); ${options.logFile} ends with:\n${tail}`);
  }
}

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
