/**
 * Generates the deploy child pipeline from the customer registry and what `nx affected`
 * selected: per customer, staging deploys automatically and prod waits for a manual
 * approval, and only the affected parts are deployed (`--parts`). Written as JSON, which
 * is YAML: `node tools/deploy/src/ci/deploy-pipeline.ts > deploy-pipeline.yml`.
 */
import { execFileSync } from 'node:child_process';
import { CUSTOMERS, stageName } from '@pitchdesk/infra/customers';
import type { CustomerConfig } from '@pitchdesk/infra/customers';
import type { DeployParts } from '../deploy.ts';

/** Which Nx projects make which part of a stage change. */
const PART_OWNERS: Readonly<Record<keyof DeployParts, readonly string[]>> = {
  api: ['pms-api'],
  sites: ['booking-engine', 'pms-console'],
  infra: ['infra', 'deploy'],
};

export function partsFor(affected: readonly string[]): DeployParts {
  const touched = (part: keyof DeployParts): boolean => PART_OWNERS[part].some((project) => affected.includes(project));
  return { api: touched('api'), sites: touched('sites'), infra: touched('infra') };
}

export function partsArgument(parts: DeployParts): string {
  return (Object.keys(parts) as (keyof DeployParts)[]).filter((part) => parts[part]).join(',');
}

const DEPLOY_JOB_BASE = {
  image: 'node:24-bookworm',
  // The API image is built in the job (docker-in-docker); the AWS CLI comes from Debian.
  services: [{ name: 'docker:27-dind', alias: 'docker' }],
  variables: { DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_CERTDIR: '/certs', DOCKER_CERT_PATH: '/certs/client', DOCKER_TLS_VERIFY: '1', GIT_DEPTH: '0' },
  // Short-lived AWS credentials through GitLab OIDC; PD_DEPLOY_ROLE_ARN is a protected CI variable.
  id_tokens: { AWS_ID_TOKEN: { aud: 'sts.amazonaws.com' } },
  before_script: [
    'apt-get update -qq && apt-get install -y -qq awscli docker.io > /dev/null',
    'echo "$AWS_ID_TOKEN" > /tmp/aws-web-identity-token',
    'export AWS_ROLE_ARN="$PD_DEPLOY_ROLE_ARN" AWS_WEB_IDENTITY_TOKEN_FILE=/tmp/aws-web-identity-token',
    'npm ci --no-audit --no-fund --prefer-offline',
  ],
  cache: [
    { key: { files: ['package-lock.json'] }, paths: ['.npm/'], policy: 'pull' },
    { key: 'sst-platform', paths: ['infra/.sst/platform/'], policy: 'pull-push' },
  ],
  // The web and API builds of this pipeline (the build job in the parent pipeline).
  needs: [{ pipeline: '$PARENT_PIPELINE_ID', job: 'build', artifacts: true }],
};

function deployJob(customer: CustomerConfig, environment: 'staging' | 'prod', parts: DeployParts): Record<string, unknown> {
  const stage = stageName(customer.id, environment);
  const production = environment === 'prod';
  return {
    ...DEPLOY_JOB_BASE,
    stage: production ? 'production' : 'staging',
    // One deploy per stage at a time: `sst deploy` locks the stage, and a second run would fail on it.
    resource_group: `deploy-${stage}`,
    environment: { name: stage, deployment_tier: production ? 'production' : 'staging', url: `https://book.${customer.environments[environment].domain}` },
    script: [`node tools/deploy/src/cli.ts --stage ${stage} --release "$CI_COMMIT_SHA" --parts ${partsArgument(parts)}`],
    ...(production
      ? {
          needs: [...DEPLOY_JOB_BASE.needs, `deploy:${stageName(customer.id, 'staging')}`],
          // Prod waits for a person; the environment's approval rules say who.
          when: 'manual',
          allow_failure: false,
        }
      : {}),
  };
}

export function deployPipeline(customers: readonly CustomerConfig[], affected: readonly string[]): Record<string, unknown> {
  const parts = partsFor(affected);
  if (!parts.api && !parts.sites && !parts.infra) {
    // A child pipeline needs at least one job.
    return { stages: ['staging'], 'nothing-to-deploy': { stage: 'staging', image: 'alpine:3.20', script: [`echo "No deployable project affected (${affected.join(', ') || 'none'})"`] } };
  }
  const jobs = Object.fromEntries(
    customers.flatMap((customer) => [
      [`deploy:${stageName(customer.id, 'staging')}`, deployJob(customer, 'staging', parts)],
      [`deploy:${stageName(customer.id, 'prod')}`, deployJob(customer, 'prod', parts)],
    ]),
  );
  return { stages: ['staging', 'production'], variables: { npm_config_cache: '$CI_PROJECT_DIR/.npm', NX_DAEMON: 'false' }, ...jobs };
}

export function affectedProjects(cwd: string): string[] {
  const output = execFileSync('npx', ['nx', 'show', 'projects', '--affected', '--json'], { cwd, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
  return JSON.parse(output.slice(output.indexOf('['))) as string[];
}

if (process.argv[1] === import.meta.filename) {
  console.log(JSON.stringify(deployPipeline(CUSTOMERS, affectedProjects(process.cwd())), null, 2));
}
