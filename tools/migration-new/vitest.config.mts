import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/migration-new',
  test: {
    name: 'migration-new',
    watch: false,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('migration-new'),
    // cli.spec.ts runs this CLI and then the migration linter as Node child processes.
    testTimeout: 60_000,
  },
}));
