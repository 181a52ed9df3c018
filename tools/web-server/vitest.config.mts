import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/web-server',
  test: {
    name: 'web-server',
    watch: false,
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    reporters: suiteReporters('web-server'),
  },
}));
