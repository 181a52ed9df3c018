import { describe, expect, it } from 'vitest';
import { isolatedEnv } from './processes.ts';

describe('isolatedEnv', () => {
  it("drops the outer run's Nx, Vitest and report variables, and keeps the rest", () => {
    const env = isolatedEnv(
      { PATH: '/bin', NX_TASK_TARGET_PROJECT: 'pms-api', VITEST_POOL_ID: '1', VITEST: 'true', PD_REPORT_DIR: '/r', PD_TEST_DB_PREFIX: 'x', PD_LOG_LEVEL: 'warn' },
      { PD_TEST_DB_PREFIX: 'pitchdesk_n1' },
    );
    expect(env).toEqual({ PATH: '/bin', PD_LOG_LEVEL: 'warn', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0', PD_TEST_DB_PREFIX: 'pitchdesk_n1' });
  });
});
