import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../../tools/testing/vitest-reporters.mts';

// Only the framework-free parts of this lib are unit-tested here (plain Node, no
// TestBed); the Angular glue is exercised through the apps' component specs.
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/shared/data-access-runtime-config',
  test: {
    name: 'shared-data-access-runtime-config',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('shared-data-access-runtime-config-unit'),
  },
}));
