import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REQUIRED_PACKAGES = ['mariadb-server', 'mariadb-client', 'memcached'] as const;

/** `dpkg-query -W -f '${Package} ${db:Status-Status}\n'` output -> packages not installed. */
export function missingPackages(dpkgOutput: string, required: readonly string[] = REQUIRED_PACKAGES): string[] {
  const installed = new Set(
    dpkgOutput
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([, status]) => status === 'installed')
      .map(([name]) => name),
  );
  return required.filter((name) => !installed.has(name));
}

export function installCommands(missing: readonly string[], asRoot: boolean): string[] {
  const sudo = asRoot ? '' : 'sudo ';
  return [`${sudo}apt-get update`, `${sudo}apt-get install -y --no-install-recommends ${missing.join(' ')}`];
}

export async function findMissingPackages(required: readonly string[] = REQUIRED_PACKAGES): Promise<string[]> {
  // dpkg-query exits 1 when a package is unknown but still prints the known ones.
  const result = await run('dpkg-query', ['-W', '-f', '${Package} ${db:Status-Status}\n', ...required]).catch(
    (error: Error & { stdout?: string; code?: string | number }) => {
      if (error.code === 'ENOENT') {
        throw new Error('dpkg-query not found: the local stack expects Debian or Ubuntu');
      }
      return { stdout: error.stdout ?? '' };
    },
  );
  return missingPackages(result.stdout, required);
}

function runVisible(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      // Non-interactive, and no service auto-start matters: we run our own instances.
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

export class MissingPackagesError extends Error {
  constructor(missing: readonly string[]) {
    super(
      `missing Debian packages: ${missing.join(', ')}. Run as root:\n  ${installCommands(missing, false).join(' && ')}`,
    );
    this.name = 'MissingPackagesError';
  }
}

/** Installs what is missing when root; otherwise says exactly what to run. */
export async function ensurePackages(
  isRoot: boolean,
  log: (line: string) => void,
  required: readonly string[] = REQUIRED_PACKAGES,
): Promise<void> {
  const missing = await findMissingPackages(required);
  if (missing.length === 0) {
    return;
  }
  if (!isRoot) {
    throw new MissingPackagesError(missing);
  }
  log(`installing ${missing.join(', ')} ...`);
  await runVisible('apt-get', ['update']);
  await runVisible('apt-get', ['install', '-y', '--no-install-recommends', ...missing]);
}
