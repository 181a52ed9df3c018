/**
 * The typed shape of a customer (tenant) and its environments. Everything a stage's
 * infrastructure differs by lives here, so the stack is a function of one `StageConfig`
 * and adding a customer is adding an entry to `customers.ts`.
 */

export const ENVIRONMENTS = ['staging', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENTS)[number];

export interface DatabaseSettings {
  /** Provisioned Aurora class, the same for the writer and every reader (e.g. db.r7g.large). */
  readonly instanceClass: string;
  /** Aurora MySQL 3 engine version, e.g. 8.0.mysql_aurora.3.08.2. */
  readonly engineVersion: string;
  /** Readers kept at all times and the ceiling reader auto-scaling may grow to (1-15). */
  readonly readers: { readonly min: number; readonly max: number };
  readonly backupRetentionDays: number;
}

export interface ServiceSize {
  readonly cpu: '0.25 vCPU' | '0.5 vCPU' | '1 vCPU' | '2 vCPU' | '4 vCPU';
  readonly memory: `${number} GB`;
}

export interface ApiSettings extends ServiceSize {
  readonly tasks: { readonly min: number; readonly max: number };
  /** ALB requests per target and minute that trigger scale-out. */
  readonly requestsPerTarget: number;
}

export interface EnvironmentSettings {
  /** Every public host name of the stage hangs below it: book., staff., api., hub., mail. */
  readonly domain: string;
  /** Route 53 hosted zone that holds `domain` (the stage creates records and certificates in it). */
  readonly hostedZoneId: string;
  readonly database: DatabaseSettings;
  readonly api: ApiSettings;
  readonly proxysql: ServiceSize & { readonly tasks: number };
  readonly cache: { readonly nodeType: string; readonly nodes: number };
  /** Where alarms go (an e-mail subscription on the alarm topic). */
  readonly alarmEmail: string;
  readonly logRetention: '1 week' | '1 month' | '3 months' | '6 months' | '1 year';
  /** Elastic IP allocation ids for the NAT gateways (one per AZ); kept outside the stack so
   * the egress addresses that fiscal printers and police services whitelist survive a rebuild. */
  readonly egressIpAllocationIds?: readonly string[];
}

export interface CustomerConfig {
  /** Lower-case id, the prefix of its stages: `<id>-<environment>`. */
  readonly id: string;
  readonly displayName: string;
  /** The Owner tag: who answers for the customer's stacks. */
  readonly owner: string;
  readonly region: string;
  /** The property the booking engine serves (runtime config.json). */
  readonly propertySlug: string;
  /** Sender address of guest mail; its domain gets an SES identity with DKIM. */
  readonly mailFrom: string;
  readonly environments: Readonly<Record<EnvironmentName, EnvironmentSettings>>;
}

/** One deployable unit: a customer in one environment, i.e. one SST stage. */
export interface StageConfig extends EnvironmentSettings {
  readonly stage: string;
  readonly environment: EnvironmentName;
  readonly customer: Omit<CustomerConfig, 'environments'>;
}

export function stageName(customerId: string, environment: EnvironmentName): string {
  return `${customerId}-${environment}`;
}

export function stagesOf(customer: CustomerConfig): StageConfig[] {
  const { environments, ...identity } = customer;
  return ENVIRONMENTS.map((environment) => ({
    ...environments[environment],
    stage: stageName(customer.id, environment),
    environment,
    customer: identity,
  }));
}

/** Problems with a registry, each naming the customer and field; empty when it is valid. */
export function registryProblems(customers: readonly CustomerConfig[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const customer of customers) {
    const where = `customer ${JSON.stringify(customer.id)}`;
    if (!/^[a-z][a-z0-9]{1,20}$/.test(customer.id)) {
      problems.push(`${where}: id must be 2-21 lower-case letters or digits, starting with a letter`);
    }
    if (seen.has(customer.id)) {
      problems.push(`${where}: id is used twice`);
    }
    seen.add(customer.id);
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(customer.region)) {
      problems.push(`${where}: region ${JSON.stringify(customer.region)} is not an AWS region`);
    }
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(customer.mailFrom)) {
      problems.push(`${where}: mailFrom must be an e-mail address`);
    }
    for (const environment of ENVIRONMENTS) {
      problems.push(...environmentProblems(`${where} ${environment}`, customer.environments[environment]));
    }
  }
  return problems;
}

function environmentProblems(where: string, settings: EnvironmentSettings): string[] {
  const problems: string[] = [];
  const { readers } = settings.database;
  // Aurora auto-scaling only manages clusters that already have a reader.
  if (!(Number.isInteger(readers.min) && readers.min >= 1 && readers.max >= readers.min && readers.max <= 15)) {
    problems.push(`${where}: database.readers must satisfy 1 <= min <= max <= 15`);
  }
  if (settings.database.instanceClass.startsWith('db.serverless')) {
    problems.push(`${where}: database.instanceClass must be a provisioned class (readers scale by count)`);
  }
  if (settings.api.tasks.min < 1 || settings.api.tasks.max < settings.api.tasks.min) {
    problems.push(`${where}: api.tasks must satisfy 1 <= min <= max`);
  }
  if (settings.egressIpAllocationIds && settings.egressIpAllocationIds.length !== AVAILABILITY_ZONES) {
    problems.push(`${where}: egressIpAllocationIds needs one allocation per availability zone (${AVAILABILITY_ZONES})`);
  }
  return problems;
}

/** Every stage spans two AZs: one NAT gateway and one egress address per AZ. */
export const AVAILABILITY_ZONES = 2;
