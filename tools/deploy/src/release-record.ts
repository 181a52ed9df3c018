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
 * The deprecation manifests the API ships (apps/pms-api/src/database/deprecations/<release>.json,
 * the format the migration linter checks contract steps against: `{ "release", "status",
 * "tables": [{ table, reason }], "columns": [{ table, column, reason }], "indexes": [...] }`).
 * The pending ones list what the code being deployed no longer uses: recorded with the
 * release, they are the input of the next contract step. A malformed manifest fails the
 * deploy before anything happens.
 */
export function parseDeprecations(manifests: readonly string[]): Deprecation[] {
  return manifests.flatMap((json, index) => {
    const manifest = JSON.parse(json) as {
      release?: unknown;
      status?: unknown;
      tables?: { table?: unknown; reason?: unknown }[];
      columns?: { table?: unknown; column?: unknown; reason?: unknown }[];
      indexes?: { table?: unknown; index?: unknown; reason?: unknown }[];
    };
    if (typeof manifest.release !== 'string' || (manifest.status !== 'pending' && manifest.status !== 'deployed')) {
      throw new Error(`deprecation manifest ${index + 1} needs a "release" and a "status" of pending or deployed`);
    }
    if (manifest.status !== 'pending') {
      return [];
    }
    const entry = (element: string, reason: unknown): Deprecation => {
      if (!/^[a-z0-9_]+(\.[a-z0-9_]+)?$/.test(element) || typeof reason !== 'string') {
        throw new Error(`deprecation manifest ${manifest.release as string}: "${element}" needs a table (and column or index) name and a reason`);
      }
      return { element, reason };
    };
    return [
      ...(manifest.tables ?? []).map((item) => entry(String(item.table), item.reason)),
      ...(manifest.columns ?? []).map((item) => entry(`${String(item.table)}.${String(item.column)}`, item.reason)),
      ...(manifest.indexes ?? []).map((item) => entry(`${String(item.table)}.${String(item.index)}`, item.reason)),
    ];
  });
}
