import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { listJobs } from '../testing/gitlab-ci-local.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const PIPELINE = readFileSync(resolve(ROOT, '.gitlab-ci.yml'), 'utf8');
const parsed = load(PIPELINE) as Record<string, { script?: string[]; trigger?: unknown; needs?: unknown; rules?: unknown }> & {
  stages: string[];
  variables: Record<string, string>;
  default: { cache: { key: unknown; paths: string[] }[] };
};

const jobNames = (context: Parameters<typeof listJobs>[1]): string[] => {
  const listed = listJobs(PIPELINE, context);
  expect(listed.code, listed.log).toBe(0);
  return listed.jobs.map((job) => job.name);
};

describe('.gitlab-ci.yml', () => {
  it("is valid against GitLab's CI schema (gitlab-ci-local), and the validation does reject a broken pipeline", () => {
    expect(listJobs(PIPELINE, { branch: 'main' }).code).toBe(0);
    const broken = PIPELINE.replace('  stage: build\n', '  stagge: build\n');
    expect(broken).not.toBe(PIPELINE);
    const rejected = listJobs(broken, { branch: 'main' });
    expect(rejected.code).not.toBe(0);
    expect(rejected.log).toMatch(/schema/i);
  });

  it('runs check -> test -> build -> deploy with a full-depth clone and caches for npm and Nx', () => {
    expect(parsed.stages).toEqual(['check', 'test', 'build', 'deploy']);
    expect(parsed.variables['GIT_DEPTH']).toBe('0');
    const cachedPaths = parsed.default.cache.flatMap((cache) => cache.paths);
    expect(cachedPaths).toEqual(expect.arrayContaining(['.npm/', '.nx/cache/']));
  });

  it('runs every Nx task through `nx affected` from the computed base', () => {
    const nxLines = Object.values(parsed)
      .flatMap((job) => (typeof job === 'object' && job !== null && 'script' in job ? (job.script ?? []) : []))
      .filter((line) => line.includes('nx affected'));
    expect(nxLines.length).toBeGreaterThanOrEqual(4);
    for (const line of nxLines) {
      expect(line).toContain('--base="$NX_BASE" --head="$NX_HEAD"');
    }
    expect(PIPELINE).toContain('eval "$(node tools/deploy/src/ci/nx-base.ts)"');
  });

  it('deploys only from the default branch, through the generated per-customer child pipeline', () => {
    // The branch context GitLab would give (gitlab-ci-local's own guess needs a remote).
    const push = (branch: string): Parameters<typeof listJobs>[1] => ({ branch, variables: { CI_COMMIT_BRANCH: branch, CI_DEFAULT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'push' } });
    expect(jobNames(push('main'))).toEqual(['install', 'lint', 'test:unit', 'test:integration', 'test:n-minus-one', 'build', 'deploy:plan', 'deploy']);
    expect(jobNames(push('feature/pitch-map'))).toEqual(['install', 'lint', 'test:unit', 'test:integration', 'test:n-minus-one', 'build']);
    const mergeRequest = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: '0f3c2a1', CI_DEFAULT_BRANCH: 'main', CI_COMMIT_BRANCH: '' };
    expect(jobNames({ branch: 'feature/pitch-map', variables: mergeRequest })).toEqual(['install', 'lint', 'test:unit', 'test:integration', 'test:n-minus-one', 'build']);
    expect(parsed['deploy']?.trigger).toEqual({ include: [{ artifact: 'deploy-pipeline.yml', job: 'deploy:plan' }], strategy: 'depend' });
    expect(parsed['deploy:plan']?.script).toContain('node tools/deploy/src/ci/deploy-pipeline.ts > deploy-pipeline.yml');
  });
});
