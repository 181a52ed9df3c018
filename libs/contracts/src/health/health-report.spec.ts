import { describe, expect, it } from 'vitest';
import { DEPENDENCY_NAMES, REQUIRED_DEPENDENCIES, healthReportSchema } from './health-report';

const up = { status: 'up', required: true, latencyMs: 3 };

describe('healthReportSchema', () => {
  it('accepts a report with every dependency', () => {
    const report = {
      status: 'ok',
      version: 'dev',
      checkedAt: '2026-11-21T10:00:00.000Z',
      checks: { primary: up, replica: { ...up, lagSeconds: 0.002 }, memcached: up, hub: up, mail: up },
    };
    expect(healthReportSchema.parse(report)).toEqual(report);
  });

  it('refuses a report that leaves a dependency out', () => {
    const report = { status: 'ok', version: 'dev', checkedAt: '2026-11-21T10:00:00.000Z', checks: { primary: up } };
    expect(healthReportSchema.safeParse(report).success).toBe(false);
  });

  it('requires only dependencies it knows about', () => {
    expect(REQUIRED_DEPENDENCIES.every((name) => DEPENDENCY_NAMES.includes(name))).toBe(true);
  });
});
