import { join } from 'node:path';
import { startInBackground, waitForUrl } from '@pitchdesk/dev-tools/processes';
import type { Background } from '@pitchdesk/dev-tools/processes';

export interface Instance {
  readonly label: string;
  readonly server: number;
  readonly port: number;
  readonly process: Background;
}

/** Starts release `label`'s built API on `port`; resolves once it answers its liveness check. */
export async function startInstance(
  label: string,
  dist: string,
  server: number,
  port: number,
  env: NodeJS.ProcessEnv,
  logDir: string,
): Promise<Instance> {
  const logFile = join(logDir, `api-s${server}-${label.replace(/[^\w.-]+/g, '_')}.log`);
  const process = startInBackground(`api ${label} on ${port}`, globalThis.process.execPath, [join(dist, 'main.js')], {
    env: { ...env, PD_HTTP_HOST: '127.0.0.1', PD_HTTP_PORT: String(port), PD_RELEASE: label },
    cwd: dist,
    logFile,
  });
  await waitForUrl(`http://127.0.0.1:${port}/api/health/live`, 60_000, process);
  return { label, server, port, process };
}

/**
 * SIGTERM, as ECS sends it: the API reports draining, keeps answering for its drain time,
 * then closes. Resolves once the process has exited (SIGKILL after 60 s).
 */
export async function stopInstance(instance: Instance): Promise<number | null> {
  await instance.process.stop(60_000);
  return instance.process.child.exitCode;
}
