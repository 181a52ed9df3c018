import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

// Unit tier: the pure parts (arguments, the schema comparison, the report). The command
// itself runs against the real stack in apps/pms-api/test/medium/n-minus-one.medium.spec.ts.
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/n-minus-one',
  test: {
    name: 'n-minus-one',
    watch: false,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('n-minus-one'),
  },
}));
