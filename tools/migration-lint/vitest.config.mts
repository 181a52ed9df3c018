import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/migration-lint',
  test: {
    name: 'migration-lint',
    watch: false,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('migration-lint'),
    // cli.spec.ts runs the real CLI (a Node child process) over the repo and fixtures.
    testTimeout: 60_000,
  },
}));
