import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../tools/testing/vitest-reporters.mts';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../node_modules/.vite/infra',
  test: {
    name: 'infra',
    watch: false,
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    reporters: suiteReporters('infra'),
    globalSetup: ['./test/global-setup.ts'],
    // The first run installs SST's platform (`sst install`, ~30 s) before the stacks run.
    hookTimeout: 240_000,
    testTimeout: 60_000,
  },
}));
