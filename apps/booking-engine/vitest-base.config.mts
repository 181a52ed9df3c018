import { defineConfig } from 'vitest/config';
import { suiteReporters } from '../../tools/testing/vitest-reporters.mts';

// Read by @angular/build:unit-test (`runnerConfig`). Named `vitest-base` so the
// @nx/vitest plugin does not infer a second, plain-vitest test target from it.
export default defineConfig({
  test: {
    reporters: suiteReporters('booking-engine-unit'),
  },
});
