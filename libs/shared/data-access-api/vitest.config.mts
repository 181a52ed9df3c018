import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../../tools/testing/vitest-reporters.mts';

// The framework-free parts are unit-tested here (plain Node); the Angular glue through
// the apps' component specs.
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/shared/data-access-api',
  // @pitchdesk/contracts resolves through tsconfig.base.json paths.
  resolve: { tsconfigPaths: true },
  test: {
    name: 'shared-data-access-api',
    watch: false,
    globals: true,
    environment: 'node',
    // Angular's HTTP classes are partially compiled: plain Node needs the JIT compiler loaded first.
    setupFiles: ['@angular/compiler'],
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('shared-data-access-api-unit'),
  },
}));
