import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/deploy',
  test: {
    name: 'deploy',
    watch: false,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('deploy'),
    // The pipeline and affected tests run gitlab-ci-local and the real Nx project graph.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
}));
