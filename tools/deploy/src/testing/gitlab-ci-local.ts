/**
 * Runs gitlab-ci-local (the npm package, shell executor only: no Docker needed) against a
 * pipeline file in a throwaway git repository, with GitLab's CI JSON schema validation on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface ListedJob {
  readonly name: string;
  readonly stage: string;
  readonly when: string;
  readonly allow_failure: boolean;
  readonly needs?: readonly { job: string }[];
}

export interface PipelineContext {
  readonly branch: string;
  readonly variables?: Record<string, string>;
}

const CLI = join(dirname(createRequire(import.meta.url).resolve('gitlab-ci-local/package.json')), 'dist/index.js');

function repositoryWith(pipelineYaml: string, branch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pd-gitlab-ci-'));
  writeFileSync(join(dir, '.gitlab-ci.yml'), pipelineYaml);
  const git = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.email=ci@pitchdesk.example', '-c', 'user.name=ci', 'commit', '-q', '--allow-empty', '-m', 'base');
  git('add', '.gitlab-ci.yml');
  git('-c', 'user.email=ci@pitchdesk.example', '-c', 'user.name=ci', 'commit', '-q', '-m', 'pipeline');
  if (branch !== 'main') {
    git('checkout', '-q', '-b', branch);
  }
  return dir;
}

/**
 * The jobs GitLab would create in that context, after schema validation and rules
 * (`--list-json` also lists `when: never` jobs; they are dropped here).
 */
export function listJobs(pipelineYaml: string, context: PipelineContext): { code: number; jobs: ListedJob[]; log: string } {
  const cwd = repositoryWith(pipelineYaml, context.branch);
  const variables = Object.entries(context.variables ?? {});
  const args = [CLI, '--list-json', '--json-schema-validation', '--ignore-predefined-vars', variables.map(([name]) => name).join(',') || 'NONE', ...variables.flatMap(([name, value]) => ['--variable', `${name}=${value}`])];
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  rmSync(cwd, { recursive: true, force: true });
  const start = result.stdout.indexOf('\n[') >= 0 ? result.stdout.indexOf('\n[') + 1 : result.stdout.indexOf('[');
  const listed = result.status === 0 && start >= 0 ? (JSON.parse(result.stdout.slice(start)) as ListedJob[]) : [];
  const jobs = listed.filter((job) => job.when !== 'never');
  return { code: result.status ?? 1, jobs, log: `${result.stdout}\n${result.stderr}` };
}
