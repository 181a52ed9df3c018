import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

// Unit tier: co-located *.spec.ts, no services needed.
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/pms-api',
  resolve: { tsconfigPaths: true },
  // Nest resolves constructor dependencies from decorator metadata.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    name: 'pms-api-unit',
    watch: false,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('pms-api-unit'),
  },
}));
