import type { StageConfig } from './customer-config.ts';

/** Public host names of a stage, all below its domain. */
export interface StageHosts {
  readonly booking: string;
  readonly console: string;
  /** The API's load balancer: CloudFront's origin for `/api/*` (not a public entry point). */
  readonly api: string;
  /** The hub is reached directly: SSE through CloudFront would hit its 20 s origin read timeout. */
  readonly hub: string;
  readonly mail: string;
}

export function hostsOf(config: StageConfig): StageHosts {
  const { domain } = config;
  return { booking: `book.${domain}`, console: `staff.${domain}`, api: `api.${domain}`, hub: `hub.${domain}`, mail: config.customer.mailFrom.split('@')[1] ?? domain };
}

/** The `/config.json` each static site serves (libs/shared/data-access-runtime-config). */
export function runtimeConfigOf(config: StageConfig): { apiBaseUrl: string; hubUrl: string; propertySlug: string } {
  return { apiBaseUrl: '/api', hubUrl: `https://${hostsOf(config).hub}/.well-known/mercure`, propertySlug: config.customer.propertySlug };
}

export function dnsOf(config: StageConfig): ReturnType<typeof sst.aws.dns> {
  return sst.aws.dns({ zone: config.hostedZoneId });
}
