import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

// Contract tests start the real hub on a random loopback port, so they need no
// tsconfig-path or asset plugins (the hub imports nothing from the workspace).
export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/mercure-hub',
  test: {
    name: 'mercure-hub',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('mercure-hub-unit'),
    coverage: {
      reportsDirectory: '../../coverage/tools/mercure-hub',
      provider: 'v8' as const,
    },
  },
}));
