/**
 * The commit `nx affected` compares against, for GitLab (which has no nx-set-shas):
 * - merge request pipelines: the merge request's diff base;
 * - the default branch: the last commit whose pipeline succeeded there, so a red pipeline's
 *   changes are tested again by the next one (CI_COMMIT_BEFORE_SHA would forget them);
 * - otherwise, or when that commit is unknown or not an ancestor (force push, first push):
 *   the branch's previous push, then the default branch's tip.
 * `node tools/deploy/src/ci/nx-base.ts` prints `export NX_BASE=... NX_HEAD=...` for `eval`.
 */
import { execFileSync } from 'node:child_process';

const NO_COMMIT = /^0+$/;

export interface BaseInputs {
  readonly head: string;
  readonly mergeRequestDiffBase?: string;
  readonly branch?: string;
  readonly defaultBranch: string;
  readonly commitBefore?: string;
  /** SHA of the last successful pipeline on the default branch (GitLab API), if known. */
  readonly lastSuccessfulSha?: string;
  readonly isAncestor: (commit: string, head: string) => boolean;
}

export function chooseBase(inputs: BaseInputs): { base: string; why: string } {
  const usable = (sha: string | undefined): sha is string => Boolean(sha) && !NO_COMMIT.test(sha ?? '') && inputs.isAncestor(sha ?? '', inputs.head);
  if (usable(inputs.mergeRequestDiffBase)) {
    return { base: inputs.mergeRequestDiffBase, why: 'merge request diff base' };
  }
  if (inputs.branch === inputs.defaultBranch && usable(inputs.lastSuccessfulSha)) {
    return { base: inputs.lastSuccessfulSha, why: `last successful pipeline on ${inputs.defaultBranch}` };
  }
  if (usable(inputs.commitBefore)) {
    return { base: inputs.commitBefore, why: 'previous push of this branch' };
  }
  return { base: `origin/${inputs.defaultBranch}`, why: `tip of ${inputs.defaultBranch} (no usable earlier commit)` };
}

async function lastSuccessfulSha(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  // CI_JOB_TOKEN cannot read the pipelines API: a project access token with read_api can.
  const token = env['NX_BASE_API_TOKEN'];
  if (!token || !env['CI_API_V4_URL'] || !env['CI_PROJECT_ID'] || !env['CI_DEFAULT_BRANCH']) {
    return undefined;
  }
  const url = `${env['CI_API_V4_URL']}/projects/${env['CI_PROJECT_ID']}/pipelines?ref=${encodeURIComponent(env['CI_DEFAULT_BRANCH'])}&status=success&per_page=1`;
  try {
    const response = await fetch(url, { headers: { 'PRIVATE-TOKEN': token }, signal: AbortSignal.timeout(10_000) });
    const [pipeline] = (await response.json()) as { sha?: string }[];
    return pipeline?.sha;
  } catch {
    return undefined;
  }
}

function gitIsAncestor(commit: string, head: string): boolean {
  try {
    execFileSync('git', ['merge-base', '--is-ancestor', commit, head], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] === import.meta.filename) {
  const env = process.env;
  const head = env['CI_COMMIT_SHA'] ?? 'HEAD';
  const { base, why } = chooseBase({
    head,
    mergeRequestDiffBase: env['CI_MERGE_REQUEST_DIFF_BASE_SHA'],
    branch: env['CI_COMMIT_BRANCH'],
    defaultBranch: env['CI_DEFAULT_BRANCH'] ?? 'main',
    commitBefore: env['CI_COMMIT_BEFORE_SHA'],
    lastSuccessfulSha: await lastSuccessfulSha(env),
    isAncestor: gitIsAncestor,
  });
  console.error(`nx affected base: ${base} (${why})`);
  console.log(`export NX_BASE=${base} NX_HEAD=${head}`);
}
