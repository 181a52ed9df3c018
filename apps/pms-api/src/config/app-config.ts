import * as z from 'zod';

/** Parses `host:port[,host:port...]`, the form memcached clients and ElastiCache use. */
const hostPortList = z
  .string()
  .min(1)
  .refine((value) => value.split(',').every((entry) => /^[^\s:,]+:\d{1,5}$/.test(entry.trim())), {
    message: 'expected host:port[,host:port...]',
  });

const mysqlUrl = z.url({ protocol: /^mysql$/, error: 'expected mysql://user:password@host:port/database' });

const envSchema = z.object({
  PD_RELEASE: z.string().min(1).default('dev'),
  // Loopback by default: a developer's API is not exposed; containers set 0.0.0.0.
  PD_HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  // 0 asks the OS for a free port (tests).
  PD_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(28100),
  PD_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  PD_LOG_FORMAT: z.enum(['json', 'text']).default('json'),
  PD_DB_PRIMARY_URL: mysqlUrl,
  /** A replica, or several comma separated; in production the one ProxySQL reader endpoint. */
  PD_DB_REPLICA_URL: z
    .string()
    .min(1)
    .transform((value) => value.split(',').map((url) => url.trim()))
    .pipe(z.array(mysqlUrl).min(1)),
  PD_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Replica lag above this turns the replica check red (reads would be too stale). */
  PD_DB_REPLICA_MAX_LAG_SECONDS: z.coerce.number().positive().default(10),
  PD_MEMCACHED_SERVERS: hostPortList,
  PD_HUB_URL: z.url(),
  PD_HUB_PUBLISHER_KEY: z.string().min(32, 'must be at least 32 characters (HS256 key)'),
  /** Signs the subscriber tokens that let signed-in staff read the private staff topics. */
  PD_HUB_SUBSCRIBER_KEY: z.string().min(32, 'must be at least 32 characters (HS256 key)'),
  /** Availability changes made within this window go to the hub as one update per property. */
  PD_HUB_COALESCE_MS: z.coerce.number().int().min(0).max(1_000).default(50),
  /** Absent in production: the SDK then uses the regional SES endpoint. */
  PD_SES_ENDPOINT: z.url().optional(),
  /** Named on every send so SES publishes the mail's delivery events (SES name rules: 1-64 of A-Z a-z 0-9 _ -). */
  PD_SES_CONFIGURATION_SET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an SES configuration set name: 1 to 64 letters, digits, _ or -')
    .optional(),
  /** The SNS topic whose SES events POST /api/mail/ses-events accepts; unset, that route answers 404. */
  PD_SES_EVENTS_TOPIC_ARN: z
    .string()
    .regex(/^arn:aws(-cn|-us-gov)?:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/, 'expected an SNS topic ARN such as arn:aws:sns:eu-south-1:123456789012:MailEvents')
    .optional(),
  PD_AWS_REGION: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'expected an AWS region such as eu-south-1'),
  PD_MAIL_FROM: z.email().default('bookings@pitchdesk.localhost'),
  /** How often each HTTP instance drains the mail outbox in the background. */
  PD_MAIL_DRAIN_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  /** Delay before the first retry of a failed send; doubles per attempt (with jitter) up to the max. */
  PD_MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  PD_MAIL_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(3_600_000),
  /** Send attempts before a mail is given up as failed (and logged as an error). */
  PD_MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  /** Where guests manage their booking; links in booking mails start here. */
  PD_PUBLIC_BOOKING_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:28101'),
  /** How long a stopping task keeps answering, unhealthy, so the load balancer drains it first. */
  /**
   * How long an instance reuses browsing data it read (property, inventory, current rate
   * card): the same order of staleness as a replica's. Availability is never cached.
   */
  PD_CATALOGUE_CACHE_MS: z.coerce.number().int().min(100).max(300_000).default(5_000),
  /**
   * How long an instance reuses the set of taken units for one stay when searching. On a
   * season-opening day thousands of guests search the same weeks; a second of staleness
   * is of the order of replica lag, and a hold is always decided on the primary.
   */
  PD_AVAILABILITY_CACHE_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  /** How long a hold keeps a unit for a guest who is checking out. */
  PD_HOLD_SECONDS: z.coerce.number().int().min(1).max(3_600).default(600),
  /** How often each HTTP instance looks for lapsed holds to announce as released. */
  PD_HOLD_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** HMAC key behind the manage-my-booking links; rotating it invalidates the links sent. */
  PD_MANAGE_TOKEN_KEY: z.string().min(32, 'must be at least 32 characters'),
  /** Pins the demo data's season (benchmarks); unset, `seed-demo` picks the coming season. */
  PD_DEMO_YEAR: z.coerce.number().int().min(2000).max(2100).optional(),
  PD_SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
  PD_DEPENDENCY_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1_500),
  /** A staff session ends after this long without a request (sliding). */
  PD_STAFF_SESSION_IDLE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(1_800),
  /** A staff session ends this long after sign-in, however active: a working day and a bit. */
  PD_STAFF_SESSION_ABSOLUTE_SECONDS: z.coerce.number().int().min(1).max(604_800).default(43_200),
  /**
   * `false` only for a developer's plain-http API on loopback (the staff module refuses it
   * on any other PD_HTTP_HOST): a session cookie without Secure would travel in clear text.
   */
  PD_STAFF_COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** Failed sign-ins for one e-mail address, within the lock time, that lock it for the lock time. */
  PD_STAFF_LOCKOUT_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  PD_STAFF_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Sign-in attempts per client address and minute, whatever the e-mail address. */
  PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  /**
   * Proxies in front of the API that append to X-Forwarded-For (CloudFront + ALB: 2); the
   * client address is the one the outermost of them saw. 0: the TCP peer is the client.
   */
  PD_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type AppConfig = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const databaseUserPassword = z.string().min(16, 'must be at least 16 characters');
/** Passwords of the users ProxySQL logs in as (pitchdesk_rw, pitchdesk_ro, proxysql_monitor). */
export const DATABASE_USER_PASSWORD_VARIABLES = ['PD_DB_APP_RW_PASSWORD', 'PD_DB_APP_RO_PASSWORD', 'PD_DB_MONITOR_PASSWORD'] as const;

/** What the migration task needs: it talks to the writer only, nothing else. */
const migrationEnvSchema = envSchema
  .pick({
    PD_RELEASE: true,
    PD_LOG_LEVEL: true,
    PD_LOG_FORMAT: true,
    PD_DB_PRIMARY_URL: true,
  })
  .extend({
    // Set on AWS only: the runner then keeps those users and their grants in step.
    PD_DB_APP_RW_PASSWORD: databaseUserPassword.optional(),
    PD_DB_APP_RO_PASSWORD: databaseUserPassword.optional(),
    PD_DB_MONITOR_PASSWORD: databaseUserPassword.optional(),
  })
  .superRefine(
    (env, context) => {
      // Some but not all is a half-wired task definition: managing only some users would
      // leave ProxySQL logging in as a user nobody keeps in step.
      const missing = DATABASE_USER_PASSWORD_VARIABLES.filter((name) => env[name] === undefined);
      if (missing.length > 0 && missing.length < DATABASE_USER_PASSWORD_VARIABLES.length) {
        for (const name of missing) {
          context.addIssue({ code: 'custom', path: [name], message: `must be set too: ${DATABASE_USER_PASSWORD_VARIABLES.join(', ')} go together (all three or none)` });
        }
      }
    },
    // Checked even when another variable is bad, so one run names every problem.
    { when: () => true },
  );
export type MigrationConfig = z.infer<typeof migrationEnvSchema>;

/** Reads and validates the environment; throws a ConfigError naming every bad or missing variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  return parseEnv(envSchema, env);
}

export function loadMigrationConfig(env: Record<string, string | undefined>): MigrationConfig {
  return parseEnv(migrationEnvSchema, env);
}

function parseEnv<T>(schema: z.ZodType<T>, env: Record<string, string | undefined>): T {
  const result = schema.safeParse(env);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && env[variable] === undefined;
    return missing ? `${variable} is required but not set` : `${variable}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
