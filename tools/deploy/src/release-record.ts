import type { StackOutputs } from '@pitchdesk/infra/deploy-contract';

/**
 * What a stage remembers between deploys, in SSM Parameter Store (CI starts from a fresh
 * clone, so `.sst/outputs.json` of the last deploy is not around).
 */
export const parameterNames = {
  /** The release serving now, with its deprecation manifest: what the next contract step may drop. */
  current: (stage: string): string => `/pitchdesk/${stage}/release/current`,
  history: (stage: string, release: string): string => `/pitchdesk/${stage}/release/history/${release}`,
  /** The stack outputs of the last successful deploy: where the migration task runs. */
  stackOutputs: (stage: string): string => `/pitchdesk/${stage}/stack-outputs`,
};

export interface Deprecation {
  /** A table, or `table.column`, that the code of this release no longer reads or writes. */
  readonly element: string;
  readonly reason: string;
}

export interface ReleaseRecord {
  readonly stage: string;
  readonly release: string;
  /** The release whose API image runs (older than `release` when only the sites changed). */
  readonly apiRelease: string;
  readonly image: string;
  readonly deployedAt: string;
  readonly previous: { readonly release: string; readonly apiRelease: string } | null;
  readonly deprecations: readonly Deprecation[];
}

export function parseReleaseRecord(json: string): ReleaseRecord {
  const value = JSON.parse(json) as Partial<ReleaseRecord>;
  if (typeof value.release !== 'string' || typeof value.apiRelease !== 'string' || typeof value.image !== 'string') {
    throw new Error('the stage release record is malformed (release, apiRelease and image must be strings)');
  }
  return value as ReleaseRecord;
}

export function parseStackOutputs(json: string): StackOutputs {
  const value = JSON.parse(json) as Partial<StackOutputs>;
  const missing = (['clusterArn', 'migrateTaskDefinition', 'apiServiceName', 'bookingUrl'] as const).filter((key) => typeof value[key] !== 'string');
  if (missing.length > 0 || !Array.isArray(value.taskSubnets) || !Array.isArray(value.taskSecurityGroups)) {
    throw new Error(`the stack outputs lack ${[...missing, 'taskSubnets', 'taskSecurityGroups'].join(', ')}`);
  }
  return value as StackOutputs;
}

/**
 * The deprecation manifest the API ships (apps/pms-api/src/database/deprecations.json):
 * `{ "deprecations": [{ "element": "reservation.legacy_note", "reason": "..." }] }`. Absent
 * means none. A malformed file fails the deploy before anything happens.
 */
export function parseDeprecations(json: string | undefined): Deprecation[] {
  if (json === undefined) {
    return [];
  }
  const value = JSON.parse(json) as { deprecations?: unknown };
  if (!Array.isArray(value.deprecations)) {
    throw new Error('deprecations.json must be { "deprecations": [{ "element": "...", "reason": "..." }] }');
  }
  return value.deprecations.map((entry: unknown, index) => {
    const item = entry as Partial<Deprecation>;
    if (typeof item.element !== 'string' || !/^[a-z0-9_]+(\.[a-z0-9_]+)?$/.test(item.element) || typeof item.reason !== 'string') {
      throw new Error(`deprecations[${index}] needs an element ("table" or "table.column") and a reason`);
    }
    return { element: item.element, reason: item.reason };
  });
}
