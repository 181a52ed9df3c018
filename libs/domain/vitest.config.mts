import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/libs/domain',
  test: {
    name: 'domain',
    watch: false,
    globals: true,
    environment: 'node',
    // A zone with DST: calendar-date code must give the same answers on the weekends
    // the clocks change (the DST cases in stays/*.spec.ts assert this zone is active).
    env: { TZ: 'Europe/Rome' },
    include: ['{src,tests}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    reporters: suiteReporters('domain-unit'),
    coverage: {
      reportsDirectory: '../../coverage/libs/domain',
      provider: 'v8' as const,
    },
  },
}));
