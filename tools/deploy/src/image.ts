import { apiRepositoryName, tagsFor } from '@pitchdesk/infra/deploy-contract';
import type { StageConfig } from '@pitchdesk/infra/customers';
import { AwsError } from './deploy-environment.ts';
import type { DeployEnvironment } from './deploy-environment.ts';

const LIFECYCLE = JSON.stringify({
  rules: [{ rulePriority: 1, description: 'keep the last 50 releases', selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 50 }, action: { type: 'expire' } }],
});

/**
 * The stage's API image repository, created on first use with scan-on-push (findings reach
 * the stage's alarm topic through the stack's EventBridge rule) and immutable tags, so a
 * release id always names the same image.
 */
export async function ensureRepository(env: DeployEnvironment, config: StageConfig): Promise<string> {
  const repositoryName = apiRepositoryName(config.stage);
  try {
    const found = await env.aws('ecr:DescribeRepositories', { repositoryNames: [repositoryName] });
    const uri = found.repositories[0]?.repositoryUri;
    if (uri) {
      return uri;
    }
  } catch (error) {
    if (!(error instanceof AwsError && error.code === 'RepositoryNotFoundException')) {
      throw error;
    }
  }
  const created = await env.aws('ecr:CreateRepository', {
    repositoryName,
    imageTagMutability: 'IMMUTABLE',
    imageScanningConfiguration: { scanOnPush: true },
    encryptionConfiguration: { encryptionType: 'AES256' },
    tags: Object.entries(tagsFor(config)).map(([Key, Value]) => ({ Key, Value })),
  });
  await env.aws('ecr:PutLifecyclePolicy', { repositoryName, lifecyclePolicyText: LIFECYCLE });
  return created.repository.repositoryUri;
}

async function alreadyPushed(env: DeployEnvironment, repositoryName: string, tag: string): Promise<boolean> {
  try {
    const found = await env.aws('ecr:DescribeImages', { repositoryName, imageIds: [{ imageTag: tag }] });
    return found.imageDetails.length > 0;
  } catch (error) {
    if (error instanceof AwsError && error.code === 'ImageNotFoundException') {
      return false;
    }
    throw error;
  }
}

/**
 * Builds apps/pms-api/Dockerfile (from the Nx build output) and pushes it as `<repo>:<release>`.
 * A release already pushed is not rebuilt: tags are immutable, and a rerun of a failed deploy
 * must deploy the very image it tested.
 */
export async function buildAndPushImage(env: DeployEnvironment, config: StageConfig, repositoryUri: string, release: string): Promise<{ image: string; error?: string }> {
  const image = `${repositoryUri}:${release}`;
  if (await alreadyPushed(env, apiRepositoryName(config.stage), release)) {
    env.log(`image ${image} already pushed; not rebuilding`);
    return { image };
  }
  const build = await env.docker(['build', '--file', 'apps/pms-api/Dockerfile', '--tag', image, '--label', `org.opencontainers.image.revision=${release}`, '.']);
  if (build.code !== 0) {
    return { image, error: `docker build failed (exit ${build.code})` };
  }
  const token = (await env.aws('ecr:GetAuthorizationToken', {})).authorizationData[0];
  if (!token) {
    return { image, error: 'ECR returned no authorization token' };
  }
  const [user = 'AWS', password = ''] = Buffer.from(token.authorizationToken, 'base64').toString('utf8').split(':');
  const login = await env.docker(['login', '--username', user, '--password-stdin', token.proxyEndpoint], password);
  if (login.code !== 0) {
    return { image, error: `docker login to ${token.proxyEndpoint} failed` };
  }
  const push = await env.docker(['push', image]);
  return push.code === 0 ? { image } : { image, error: `docker push failed (exit ${push.code})` };
}
