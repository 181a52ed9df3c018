import type { StageConfig } from './customer-config.ts';

export const REQUIRED_TAGS = ['Application', 'Environment', 'Owner', 'Tenant'] as const;
export type RequiredTag = (typeof REQUIRED_TAGS)[number];

/** The four tags every taggable resource of a stage carries (cost reports, ownership, tenancy). */
export function tagsFor(config: StageConfig): Record<RequiredTag, string> {
  return {
    Application: 'pitchdesk',
    Environment: config.environment,
    Owner: config.customer.owner,
    Tenant: config.customer.id,
  };
}
