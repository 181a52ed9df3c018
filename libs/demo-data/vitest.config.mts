import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/libs/demo-data',
  // @pitchdesk/domain resolves through tsconfig.base.json paths.
  resolve: { tsconfigPaths: true },
  test: {
    name: 'demo-data',
    watch: false,
    environment: 'node',
    // Same DST zone as the domain suite: generated dates must not drift on DST weekends.
    env: { TZ: 'Europe/Rome' },
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('demo-data'),
  },
}));
