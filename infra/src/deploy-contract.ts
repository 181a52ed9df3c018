/**
 * What tools/deploy and the stack agree on (imported by the deploy command as
 * `@pitchdesk/infra/deploy-contract`): names and shapes on both sides of `sst deploy`.
 */
export { tagsFor } from './tags.ts';

/**
 * The stage's API image repository. It lives outside the stage's stack (the deploy command
 * creates it with scan-on-push on first use), because the image must be pushed before the
 * first `sst deploy` of a stage can start the services that run it.
 */
export function apiRepositoryName(stage: string): string {
  return `pitchdesk/${stage}/api`;
}

/** The StaticSite components: excluded from the services deploy, published after it. */
export const SITE_COMPONENTS = ['BookingSite', 'ConsoleSite'] as const;

/** The stack's outputs (`.sst/outputs.json` after `sst deploy`), as the deploy command reads them. */
export interface StackOutputs {
  readonly release: string;
  readonly apiImage: string;
  readonly clusterArn: string;
  readonly apiServiceName: string;
  readonly hubServiceName: string;
  readonly proxysqlServiceName: string;
  /** ARN of the migration task definition; the deploy command registers a revision with the new image. */
  readonly migrateTaskDefinition: string;
  readonly taskSubnets: readonly string[];
  readonly taskSecurityGroups: readonly string[];
  readonly bookingUrl: string;
  readonly consoleUrl: string;
  readonly hubUrl: string;
}
