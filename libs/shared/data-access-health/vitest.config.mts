import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { suiteReporters } from '../../../tools/testing/vitest-reporters.mts';

// Only the framework-free parts of this lib are unit-tested here (plain Node, no
// TestBed); the Angular glue is exercised through the apps' component specs.
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/shared/data-access-health',
  resolve: {
    alias: {
      '@pitchdesk/contracts': fileURLToPath(
        new URL('../../contracts/src/index.ts', import.meta.url),
      ),
    },
  },
  test: {
    name: 'shared-data-access-health',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('shared-data-access-health-unit'),
  },
}));
