import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/local-stack',
  test: {
    name: 'local-stack',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('local-stack'),
    // The integration spec starts real MariaDB servers; a stop waits for a clean shutdown.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
}));
