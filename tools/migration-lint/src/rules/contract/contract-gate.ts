import type { DeprecationStatus } from '../../deprecations/manifest.ts';
import type { StatementContext } from '../rule.ts';

// The two-release rule for destructive steps (GitLab: ignore the column in release M,
// drop it in a post-deployment migration of M+1): a drop is allowed only in a contract
// migration, and only for an element a *deployed* release's manifest says it stopped using.

const HOW =
  'stop using it in release N, list it in deprecations/<N>.json, and drop it in a contract migration of a later release once that manifest is marked deployed';

/** Why `what` may not be dropped here, or undefined when it may. */
export function contractRefusal(context: StatementContext, what: string, status: DeprecationStatus): string | undefined {
  if (context.migration.phase !== 'contract') {
    return `${what} in an ${context.migration.phase ?? 'unphased'} migration: release N-1 still reads it while this release rolls out; ${HOW}`;
  }
  switch (status.listed) {
    case 'deployed':
      return undefined;
    case 'pending':
      return `${what}: deprecations/${status.release}.json lists it but is not deployed yet, so tasks of the previous release may still use it; wait until every tenant runs ${status.release} and mark the manifest deployed`;
    case 'no':
      return `${what} is in no deprecation manifest: ${HOW}`;
  }
}
