/**
 * `nx affected` on the real project graph of this repository: a change in one lib selects
 * exactly the projects that depend on it (directly or not), and the deploy pipeline then
 * deploys only the parts those projects make up.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMERS } from '@pitchdesk/infra/customers';
import { deployPipeline, partsFor } from './deploy-pipeline.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const NX = resolve(ROOT, 'node_modules/.bin/nx');

function nx(...args: string[]): string {
  return execFileSync(NX, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
}

function affectedBy(file: string): string[] {
  const output = nx('show', 'projects', '--affected', `--files=${file}`, '--json');
  return (JSON.parse(output.slice(output.indexOf('['))) as string[]).sort();
}

/** Every project that reaches `project` through the graph's dependency edges, and itself. */
function dependentsOf(project: string, dependencies: Record<string, { target: string }[]>): string[] {
  const reached = new Set([project]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [source, edges] of Object.entries(dependencies)) {
      if (!reached.has(source) && edges.some((edge) => reached.has(edge.target))) {
        reached.add(source);
        grew = true;
      }
    }
  }
  return [...reached].sort();
}

let dependencies: Record<string, { target: string }[]>;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-graph-'));
  nx('graph', `--file=${join(dir, 'graph.json')}`);
  dependencies = (JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as { graph: { dependencies: Record<string, { target: string }[]> } }).graph.dependencies;
  rmSync(dir, { recursive: true, force: true });
});

describe('nx affected on this repository', () => {
  it('selects exactly the dependents of a shared web lib: both UIs (and e2e), not the API or infra', () => {
    const affected = affectedBy('libs/shared/data-access-runtime-config/src/index.ts');
    expect(affected).toEqual(dependentsOf('shared-data-access-runtime-config', dependencies));
    expect(affected).toEqual(expect.arrayContaining(['booking-engine', 'pms-console', 'shared-data-access-runtime-config']));
    expect(affected).not.toContain('pms-api');
    expect(affected).not.toContain('infra');
    expect(partsFor(affected)).toEqual({ api: false, sites: true, infra: false });
  });

  it('selects the API and both UIs for a change in the domain lib, and the pipeline deploys api and sites', () => {
    const affected = affectedBy('libs/domain/src/index.ts');
    expect(affected).toEqual(dependentsOf('domain', dependencies));
    expect(affected).toEqual(expect.arrayContaining(['domain', 'pms-api', 'booking-engine', 'pms-console']));
    const scripts = Object.entries(deployPipeline(CUSTOMERS, affected))
      .filter(([name]) => name.startsWith('deploy:'))
      .map(([, job]) => (job as { script: string[] }).script[0] ?? '');
    expect(scripts).toHaveLength(CUSTOMERS.length * 2);
    expect(scripts.every((script) => script.endsWith('--parts api,sites'))).toBe(true);
  });

  it('selects only infra and the deploy tool for a customer registry change', () => {
    const affected = affectedBy('infra/src/customers.ts');
    expect(affected).toEqual(['deploy', 'infra']);
    expect(partsFor(affected)).toEqual({ api: false, sites: false, infra: true });
  });

  it('deploys nothing for a change in a tool no app uses', () => {
    const affected = affectedBy('tools/bench/src/cli.ts');
    expect(affected).toEqual(dependentsOf('bench', dependencies));
    expect(Object.keys(deployPipeline(CUSTOMERS, affected))).toEqual(['stages', 'nothing-to-deploy']);
  });
});
