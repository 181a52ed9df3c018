import { resolve } from 'node:path';
import type { ReleaseInput } from './stack.ts';

/**
 * The deploy command hands the release to `sst deploy` through the environment:
 * PD_RELEASE (required: the image tag) and PD_DIST_DIR (defaults to the repo's dist/apps).
 */
export function releaseInputFromEnvironment(env: Record<string, string | undefined>, infraRoot: string): ReleaseInput {
  const release = env['PD_RELEASE'];
  if (!release || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(release)) {
    throw new Error('PD_RELEASE must be set to the release id (an image tag: letters, digits, _ . -), e.g. the commit SHA');
  }
  return {
    release,
    distDirectory: env['PD_DIST_DIR'] ?? resolve(infraRoot, '../dist/apps'),
    workDirectory: resolve(infraRoot, '.sst'),
  };
}
