import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadMigrationConfig } from './app-config';

const validEnv = {
  PD_DB_PRIMARY_URL: 'mysql://app:secret@127.0.0.1:28113/pitchdesk',
  PD_DB_REPLICA_URL: 'mysql://app:secret@127.0.0.1:28114/pitchdesk',
  PD_MEMCACHED_SERVERS: '127.0.0.1:28112',
  PD_HUB_URL: 'http://127.0.0.1:28110/.well-known/mercure',
  PD_HUB_PUBLISHER_KEY: 'k'.repeat(32),
  PD_HUB_SUBSCRIBER_KEY: 's'.repeat(32),
  PD_AWS_REGION: 'eu-south-1',
  PD_MANAGE_TOKEN_KEY: 'm'.repeat(32),
};

function problemsFor(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('accepts a complete environment and applies defaults', () => {
    const config = loadConfig(validEnv);
    expect(config.PD_HTTP_PORT).toBe(28100);
    expect(config.PD_HTTP_HOST).toBe('127.0.0.1');
    expect(config.PD_DB_REPLICA_URL).toEqual(['mysql://app:secret@127.0.0.1:28114/pitchdesk']);
    expect(config.PD_SES_ENDPOINT).toBeUndefined();
  });

  it('splits several replica URLs', () => {
    const config = loadConfig({ ...validEnv, PD_DB_REPLICA_URL: 'mysql://a:b@r1:3306/x, mysql://a:b@r2:3306/x' });
    expect(config.PD_DB_REPLICA_URL).toEqual(['mysql://a:b@r1:3306/x', 'mysql://a:b@r2:3306/x']);
  });

  it.each([
    ['PD_DB_PRIMARY_URL', undefined, 'PD_DB_PRIMARY_URL is required but not set'],
    ['PD_MEMCACHED_SERVERS', undefined, 'PD_MEMCACHED_SERVERS is required but not set'],
    ['PD_DB_PRIMARY_URL', 'postgres://x@y/z', 'PD_DB_PRIMARY_URL: expected mysql://user:password@host:port/database'],
    ['PD_DB_REPLICA_URL', 'mysql://a:b@r1/x,http://r2', 'PD_DB_REPLICA_URL.1: expected mysql://user:password@host:port/database'],
    ['PD_HTTP_PORT', '70000', 'PD_HTTP_PORT: Too big: expected number to be <=65535'],
    ['PD_HTTP_PORT', '-1', 'PD_HTTP_PORT: Too small: expected number to be >=0'],
    ['PD_HTTP_PORT', 'eighty', 'PD_HTTP_PORT: Invalid input: expected number, received NaN'],
    ['PD_MEMCACHED_SERVERS', 'localhost', 'PD_MEMCACHED_SERVERS: expected host:port[,host:port...]'],
    ['PD_HUB_PUBLISHER_KEY', 'short', 'PD_HUB_PUBLISHER_KEY: must be at least 32 characters (HS256 key)'],
    ['PD_HUB_SUBSCRIBER_KEY', 'short', 'PD_HUB_SUBSCRIBER_KEY: must be at least 32 characters (HS256 key)'],
    ['PD_AWS_REGION', 'europe', 'PD_AWS_REGION: expected an AWS region such as eu-south-1'],
    ['PD_LOG_LEVEL', 'loud', 'PD_LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"log"|"debug"|"verbose"'],
    ['PD_MAIL_MAX_ATTEMPTS', '0', 'PD_MAIL_MAX_ATTEMPTS: Too small: expected number to be >=1'],
    ['PD_PUBLIC_BOOKING_URL', 'javascript:alert(1)', 'PD_PUBLIC_BOOKING_URL: Invalid URL'],
    ['PD_SES_CONFIGURATION_SET', 'mail events', 'PD_SES_CONFIGURATION_SET: expected an SES configuration set name: 1 to 64 letters, digits, _ or -'],
    ['PD_SES_CONFIGURATION_SET', 'c'.repeat(65), 'PD_SES_CONFIGURATION_SET: expected an SES configuration set name: 1 to 64 letters, digits, _ or -'],
    ['PD_SES_EVENTS_TOPIC_ARN', 'arn:aws:sqs:eu-south-1:123456789012:MailEvents', 'PD_SES_EVENTS_TOPIC_ARN: expected an SNS topic ARN such as arn:aws:sns:eu-south-1:123456789012:MailEvents'],
  ])('names %s when it is %s', (variable, value, expected) => {
    expect(problemsFor({ ...validEnv, [variable]: value })).toEqual([expected]);
  });

  it('takes the SES configuration set and events topic when set, and neither when unset', () => {
    expect(loadConfig(validEnv)).not.toHaveProperty('PD_SES_CONFIGURATION_SET');
    const config = loadConfig({
      ...validEnv,
      PD_SES_CONFIGURATION_SET: 'pitchdesk-prod_Mail-1',
      PD_SES_EVENTS_TOPIC_ARN: 'arn:aws:sns:eu-south-1:123456789012:MailEvents-abc_1',
    });
    expect(config.PD_SES_CONFIGURATION_SET).toBe('pitchdesk-prod_Mail-1');
    expect(config.PD_SES_EVENTS_TOPIC_ARN).toBe('arn:aws:sns:eu-south-1:123456789012:MailEvents-abc_1');
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsFor({ ...validEnv, PD_DB_PRIMARY_URL: undefined, PD_HTTP_PORT: '-5' });
    expect(problems).toHaveLength(2);
  });

  it('gives the migration task only what it needs', () => {
    const config = loadMigrationConfig({ PD_DB_PRIMARY_URL: validEnv.PD_DB_PRIMARY_URL });
    expect(config).toEqual({
      PD_DB_PRIMARY_URL: validEnv.PD_DB_PRIMARY_URL,
      PD_RELEASE: 'dev',
      PD_LOG_LEVEL: 'log',
      PD_LOG_FORMAT: 'json',
    });
  });
});

describe('loadMigrationConfig: the passwords of the database users', () => {
  const passwords = {
    PD_DB_APP_RW_PASSWORD: 'rw-password-16chars',
    PD_DB_APP_RO_PASSWORD: 'ro-password-16chars',
    PD_DB_MONITOR_PASSWORD: 'monitor-password-16',
  };
  const base = { PD_DB_PRIMARY_URL: validEnv.PD_DB_PRIMARY_URL };
  const together = 'must be set too: PD_DB_APP_RW_PASSWORD, PD_DB_APP_RO_PASSWORD, PD_DB_MONITOR_PASSWORD go together (all three or none)';
  const migrationProblems = (env: Record<string, string | undefined>): readonly string[] => {
    try {
      loadMigrationConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) {
        return error.problems;
      }
      throw error;
    }
    throw new Error('expected a ConfigError');
  };

  it('takes all three', () => {
    expect(loadMigrationConfig({ ...base, ...passwords })).toMatchObject(passwords);
  });

  it('takes none', () => {
    const config = loadMigrationConfig(base);
    expect(config).not.toHaveProperty('PD_DB_APP_RW_PASSWORD');
    expect(config).not.toHaveProperty('PD_DB_APP_RO_PASSWORD');
    expect(config).not.toHaveProperty('PD_DB_MONITOR_PASSWORD');
  });

  it.each([
    [['PD_DB_MONITOR_PASSWORD']],
    [['PD_DB_APP_RO_PASSWORD', 'PD_DB_MONITOR_PASSWORD']],
    [['PD_DB_APP_RW_PASSWORD']],
  ])('names the missing ones when only some are set (missing: %j)', (missing) => {
    const env = { ...base, ...passwords, ...Object.fromEntries(missing.map((name) => [name, undefined])) };
    expect(migrationProblems(env)).toEqual(missing.map((name) => `${name}: ${together}`));
  });

  it('names a missing one even when another variable is bad too', () => {
    expect(migrationProblems({ ...passwords, PD_DB_MONITOR_PASSWORD: undefined })).toEqual([
      'PD_DB_PRIMARY_URL is required but not set',
      `PD_DB_MONITOR_PASSWORD: ${together}`,
    ]);
  });

  it('refuses a password under 16 characters, naming the variable and not echoing the value', () => {
    const problems = migrationProblems({ ...base, ...passwords, PD_DB_APP_RO_PASSWORD: 'short-secret-15' });
    expect(problems).toEqual(['PD_DB_APP_RO_PASSWORD: must be at least 16 characters']);
    expect(problems.join('\n')).not.toContain('short-secret-15');
  });
});
