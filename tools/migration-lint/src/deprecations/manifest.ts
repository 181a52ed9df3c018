import { basename } from 'node:path';

// A deprecation manifest says which tables, columns and indexes the code of one release
// stopped using. It is written in the release that stops using them (release N) and a
// contract migration may drop an element only once a manifest listing it is marked
// deployed: every tenant runs code >= N, so no N-1 task can still read it (GitLab's
// `ignore_column ... remove_with:` followed by a post-deployment drop, made machine-checked).
//
// File: <deprecations dir>/<release>.json, e.g. apps/pms-api/src/database/deprecations/2026.7.0.json
// {
//   "release": "2026.7.0",
//   "status": "pending" | "deployed",
//   "deployedAt": "2026-07-14",            // required once deployed
//   "tables":  [{ "table": "quotes_v1", "reason": "quotes moved to quotes" }],
//   "columns": [{ "table": "reservations", "column": "guest_name", "reason": "..." }],
//   "indexes": [{ "table": "reservations", "index": "ix_old", "reason": "..." }]
// }

export interface DeprecatedTable {
  readonly table: string;
  readonly reason: string;
}
export interface DeprecatedColumn extends DeprecatedTable {
  readonly column: string;
}
export interface DeprecatedIndex extends DeprecatedTable {
  readonly index: string;
}

export interface DeprecationManifest {
  readonly release: string;
  readonly status: 'pending' | 'deployed';
  readonly deployedAt: string | undefined;
  readonly tables: readonly DeprecatedTable[];
  readonly columns: readonly DeprecatedColumn[];
  readonly indexes: readonly DeprecatedIndex[];
}

export interface LoadedManifest {
  readonly file: string;
  readonly manifest: DeprecationManifest | undefined;
  readonly problems: readonly string[];
}

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function entries<T>(document: Json, key: string, fields: readonly string[], problems: string[]): T[] {
  const value = document[key];
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push(`"${key}" must be an array`);
    return [];
  }
  return value.filter((entry: unknown, index): entry is T => {
    const missing = fields.filter((name) => !isObject(entry) || !nonEmpty(entry[name]));
    if (missing.length > 0) {
      problems.push(`${key}[${index}] needs non-empty ${missing.map((name) => `"${name}"`).join(', ')}`);
      return false;
    }
    return true;
  });
}

export function readManifest(file: string, text: string): LoadedManifest {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { file, manifest: undefined, problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isObject(document)) {
    return { file, manifest: undefined, problems: ['must be a JSON object'] };
  }
  const problems: string[] = [];
  const release = document['release'];
  if (!nonEmpty(release)) {
    problems.push('"release" must be a non-empty string');
  } else if (basename(file) !== `${release}.json`) {
    problems.push(`file name must be "${release}.json", the release it belongs to`);
  }
  const status = document['status'];
  if (status !== 'pending' && status !== 'deployed') {
    problems.push('"status" must be "pending" or "deployed"');
  }
  const deployedAt = document['deployedAt'];
  if (
    status === 'deployed' &&
    !(typeof deployedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(deployedAt) && !Number.isNaN(Date.parse(deployedAt)))
  ) {
    problems.push('a deployed manifest needs "deployedAt" as an ISO date (when the last tenant ran this release)');
  }
  const known = new Set(['$schema', 'release', 'status', 'deployedAt', 'tables', 'columns', 'indexes']);
  Object.keys(document)
    .filter((key) => !known.has(key))
    .forEach((key) => problems.push(`unknown field "${key}"`));
  const tables = entries<DeprecatedTable>(document, 'tables', ['table', 'reason'], problems);
  const columns = entries<DeprecatedColumn>(document, 'columns', ['table', 'column', 'reason'], problems);
  const indexes = entries<DeprecatedIndex>(document, 'indexes', ['table', 'index', 'reason'], problems);
  if (problems.length > 0 || !nonEmpty(release) || (status !== 'pending' && status !== 'deployed')) {
    return { file, manifest: undefined, problems };
  }
  return {
    file,
    manifest: { release, status, deployedAt: typeof deployedAt === 'string' ? deployedAt : undefined, tables, columns, indexes },
    problems,
  };
}

export type DeprecationStatus =
  | { readonly listed: 'deployed'; readonly release: string }
  | { readonly listed: 'pending'; readonly release: string }
  | { readonly listed: 'no' };

/** Answers "may a contract migration drop this?" over every valid manifest. */
export class DeprecationIndex {
  private readonly manifests: readonly DeprecationManifest[];

  constructor(manifests: readonly DeprecationManifest[]) {
    this.manifests = manifests;
  }

  table(table: string): DeprecationStatus {
    return this.find((manifest) => manifest.tables.some((entry) => entry.table === table));
  }

  column(table: string, column: string): DeprecationStatus {
    const lower = column.toLowerCase();
    return this.find((manifest) => manifest.columns.some((entry) => entry.table === table && entry.column.toLowerCase() === lower));
  }

  index(table: string, index: string): DeprecationStatus {
    const lower = index.toLowerCase();
    return this.find((manifest) => manifest.indexes.some((entry) => entry.table === table && entry.index.toLowerCase() === lower));
  }

  private find(lists: (manifest: DeprecationManifest) => boolean): DeprecationStatus {
    const matching = this.manifests.filter(lists);
    const deployed = matching.find((manifest) => manifest.status === 'deployed');
    if (deployed) {
      return { listed: 'deployed', release: deployed.release };
    }
    const pending = matching[0];
    return pending ? { listed: 'pending', release: pending.release } : { listed: 'no' };
  }
}
