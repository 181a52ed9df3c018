import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/libs/demo-data',
  // @pitchdesk/domain resolves through tsconfig.base.json paths.
  resolve: { tsconfigPaths: true },
  test: {
    // Generating a season of 2,000 bookings twice takes seconds on a busy 2-core machine.
    testTimeout: 30_000,
    name: 'demo-data',
    watch: false,
    environment: 'node',
    // Same DST zone as the domain suite: generated dates must not drift on DST weekends.
    env: { TZ: 'Europe/Rome' },
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('demo-data'),
  },
}));
