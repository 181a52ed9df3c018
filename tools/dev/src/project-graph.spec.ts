import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WORKSPACE_ROOT } from './workspace.ts';

interface GraphFile {
  graph: {
    nodes: Record<string, { type: 'app' | 'lib' | 'e2e'; data: { tags?: string[] } }>;
    dependencies: Record<string, { source: string; target: string }[]>;
  };
}

/** The project graph exactly as `nx graph` draws it. */
function projectGraph(): GraphFile['graph'] {
  const file = join(mkdtempSync(join(tmpdir(), 'pd-graph-')), 'graph.json');
  execFileSync('nx', ['graph', `--file=${file}`], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, NX_DAEMON: 'false' },
    stdio: 'ignore',
  });
  return (JSON.parse(readFileSync(file, 'utf8')) as GraphFile).graph;
}

describe('the Nx project graph', () => {
  let graph: GraphFile['graph'];
  const edges = (): { source: string; target: string }[] =>
    Object.values(graph.dependencies)
      .flat()
      .filter((edge) => edge.target in graph.nodes);

  beforeAll(() => {
    graph = projectGraph();
  }, 60_000);

  it('has the apps depending on the shared libs', () => {
    const dependsOn = (source: string, target: string): boolean =>
      edges().some((edge) => edge.source === source && edge.target === target);
    expect(dependsOn('pms-api', 'contracts')).toBe(true);
    expect(dependsOn('booking-engine', 'contracts')).toBe(true);
    expect(dependsOn('pms-console', 'contracts')).toBe(true);
  });

  it('never has a lib depending on an app', () => {
    const backwards = edges().filter(
      (edge) => graph.nodes[edge.source]?.type === 'lib' && graph.nodes[edge.target]?.type !== 'lib',
    );
    expect(backwards).toEqual([]);
  });

  it('keeps the domain lib a leaf of other projects (it may only use other domain code)', () => {
    const fromDomain = edges().filter((edge) => edge.source === 'domain');
    expect(fromDomain.every((edge) => graph.nodes[edge.target]?.data.tags?.includes('type:domain'))).toBe(true);
  });
});
