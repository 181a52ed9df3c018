import type { CustomerConfig, EnvironmentSettings, StageConfig } from './customer-config.ts';
import { registryProblems, stagesOf } from './customer-config.ts';

export type { CustomerConfig, EnvironmentName, StageConfig } from './customer-config.ts';
export { ENVIRONMENTS, stageName } from './customer-config.ts';

/** Staging is production-shaped but small: same topology, one reader, cheaper classes. */
function staging(domain: string, hostedZoneId: string, alarmEmail: string): EnvironmentSettings {
  return {
    domain,
    hostedZoneId,
    database: { instanceClass: 'db.t4g.medium', engineVersion: '8.0.mysql_aurora.3.08.2', readers: { min: 1, max: 2 }, backupRetentionDays: 3 },
    api: { cpu: '0.5 vCPU', memory: '1 GB', tasks: { min: 1, max: 3 }, requestsPerTarget: 2000 },
    proxysql: { cpu: '0.25 vCPU', memory: '0.5 GB', tasks: 1 },
    cache: { nodeType: 'cache.t4g.micro', nodes: 1 },
    alarmEmail,
    logRetention: '1 month',
  };
}

/**
 * The customer registry. Adding a customer is adding an entry here: its two stages
 * (`<id>-staging`, `<id>-prod`) then exist for `sst deploy`, the deploy command and the
 * CI pipeline's per-customer deploy jobs.
 */
export const CUSTOMERS: readonly CustomerConfig[] = [
  {
    id: 'lagoverde',
    displayName: 'Camping Lago Verde',
    owner: 'ops@pitchdesk.example',
    region: 'eu-south-1',
    propertySlug: 'lago-verde',
    mailFrom: 'prenotazioni@campinglagoverde.example',
    environments: {
      staging: staging('staging.campinglagoverde.example', 'Z0LAGOVERDESTAGING', 'ops@pitchdesk.example'),
      prod: {
        domain: 'campinglagoverde.example',
        hostedZoneId: 'Z0LAGOVERDEPROD',
        database: { instanceClass: 'db.r7g.large', engineVersion: '8.0.mysql_aurora.3.08.2', readers: { min: 1, max: 6 }, backupRetentionDays: 14 },
        // Season opening: 10,000+ guests searching at once.
        api: { cpu: '1 vCPU', memory: '2 GB', tasks: { min: 3, max: 24 }, requestsPerTarget: 1500 },
        proxysql: { cpu: '0.5 vCPU', memory: '1 GB', tasks: 2 },
        cache: { nodeType: 'cache.r7g.large', nodes: 2 },
        alarmEmail: 'oncall@pitchdesk.example',
        logRetention: '6 months',
        egressIpAllocationIds: ['eipalloc-0a1b2c3d4e5f60001', 'eipalloc-0a1b2c3d4e5f60002'],
      },
    },
  },
  {
    id: 'duinzicht',
    displayName: 'Vakantiepark Duinzicht',
    owner: 'ops@pitchdesk.example',
    region: 'eu-west-1',
    propertySlug: 'duinzicht',
    mailFrom: 'reserveringen@duinzicht.example',
    environments: {
      staging: staging('staging.duinzicht.example', 'Z0DUINZICHTSTAGING', 'ops@pitchdesk.example'),
      prod: {
        domain: 'duinzicht.example',
        hostedZoneId: 'Z0DUINZICHTPROD',
        database: { instanceClass: 'db.r7g.large', engineVersion: '8.0.mysql_aurora.3.08.2', readers: { min: 1, max: 4 }, backupRetentionDays: 14 },
        api: { cpu: '1 vCPU', memory: '2 GB', tasks: { min: 2, max: 12 }, requestsPerTarget: 1500 },
        proxysql: { cpu: '0.5 vCPU', memory: '1 GB', tasks: 2 },
        cache: { nodeType: 'cache.t4g.medium', nodes: 2 },
        alarmEmail: 'oncall@pitchdesk.example',
        logRetention: '6 months',
      },
    },
  },
];

/** Every stage of every customer, in registry order. */
export function allStages(customers: readonly CustomerConfig[] = CUSTOMERS): StageConfig[] {
  return customers.flatMap(stagesOf);
}

/** The stage's configuration; an unknown stage name is an error that lists the known ones. */
export function stageConfig(stage: string, customers: readonly CustomerConfig[] = CUSTOMERS): StageConfig {
  const problems = registryProblems(customers);
  if (problems.length > 0) {
    throw new Error(`The customer registry is invalid:\n  ${problems.join('\n  ')}`);
  }
  const found = allStages(customers).find((candidate) => candidate.stage === stage);
  if (!found) {
    const known = allStages(customers).map((candidate) => candidate.stage);
    throw new Error(`Unknown stage ${JSON.stringify(stage)}; the customer registry has: ${known.join(', ')}`);
  }
  return found;
}
