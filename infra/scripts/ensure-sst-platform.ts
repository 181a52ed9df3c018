/**
 * Makes `infra/.sst/platform` (SST's component sources, `config.d.ts` and the provider
 * SDKs) present and current, offline except for the npm registry. Idempotent: skipped when
 * the stamp (SST version + sst.config.ts) matches. Run by the `sst-install` Nx target that
 * `typecheck` and `test` depend on; `node infra/scripts/ensure-sst-platform.ts`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INFRA_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PLATFORM_DIR = resolve(INFRA_ROOT, '.sst/platform');
const STAMP = resolve(INFRA_ROOT, '.sst/pd-platform-stamp');
/** Any registry stage will do: `sst install` only evaluates `app()` for its providers. */
const INSTALL_STAGE = 'lagoverde-staging';

function sstPackageDir(): string {
  // The sst package exports no package.json; the workspace root's node_modules has it.
  return resolve(INFRA_ROOT, '../node_modules/sst');
}

function expectedStamp(): string {
  const version = (JSON.parse(readFileSync(resolve(sstPackageDir(), 'package.json'), 'utf8')) as { version: string }).version;
  const config = readFileSync(resolve(INFRA_ROOT, 'sst.config.ts'), 'utf8');
  return createHash('sha256').update(`${version}\n${config}`).digest('hex');
}

export function ensureSstPlatform(log: (line: string) => void = console.log): void {
  const stamp = expectedStamp();
  const installed = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp && existsSync(resolve(PLATFORM_DIR, 'node_modules/@pulumi/aws/package.json'));
  if (installed) {
    return;
  }
  log('==> sst install (offline: platform sources and provider SDKs from npm, about 30 s)');
  const result = spawnSync(resolve(sstPackageDir(), 'bin/sst.mjs'), ['install'], {
    cwd: INFRA_ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      // Without these the CLI downloads Pulumi and Bun from GitHub, which is not reachable.
      SST_TELEMETRY_DISABLED: '1',
      SST_SKIP_DEPENDENCY_CHECK: '1',
      SST_NO_BUN: '1',
      SST_STAGE: INSTALL_STAGE,
    },
  });
  if (result.status !== 0) {
    throw new Error(`sst install failed (exit ${String(result.status)})`);
  }
  writeFileSync(STAMP, stamp);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureSstPlatform();
}
