import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/tools/eslint-rules',
  test: {
    name: 'eslint-rules',
    watch: false,
    environment: 'node',
    include: ['**/*.spec.ts'],
    reporters: suiteReporters('eslint-rules'),
    // boundaries.spec.ts computes the Nx project graph and type-lints real files.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
