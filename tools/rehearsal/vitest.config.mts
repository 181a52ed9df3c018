import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

// Unit tier: the pure parts (plan, haproxy config, runner log reading, per-phase stats).
// The rehearsal itself is a tool run on the real stack (npm run rehearsal), not a test.
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/rehearsal',
  test: {
    name: 'rehearsal',
    watch: false,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('rehearsal'),
  },
}));
