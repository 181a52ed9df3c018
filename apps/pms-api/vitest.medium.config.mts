import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

// Medium tier: real repositories and the real HTTP app against the local stack
// (MariaDB primary + replica, memcached, hub, SES endpoint), one database per worker.
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/pms-api-medium',
  resolve: { tsconfigPaths: true },
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    name: 'pms-api-medium',
    watch: false,
    environment: 'node',
    include: ['test/medium/**/*.medium.spec.ts'],
    // These tests stop and start shared services (replication, the replica, memcached):
    // files run one at a time so one file's outage never leaks into another's assertions.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: suiteReporters('pms-api-medium'),
  },
}));
