// What the rehearsal does, in order, as data: the orchestrator walks it, the tests read it.

/** A release to deploy: a git ref, optionally with its pending contract step added. */
export interface ReleaseSpec {
  readonly ref: string;
  /** `<ref>+contract`: the release after `ref`, which drops what `ref` stopped using. */
  readonly contractStep: boolean;
}

export interface PlanInput {
  readonly releases: readonly ReleaseSpec[];
  /** Jobs (job.js <name>) run once release `after` (0-based) is rolled out everywhere. */
  readonly jobs: readonly { readonly after: number; readonly name: string }[];
  readonly baselineSeconds: number;
  readonly steadySeconds: number;
}

export type Step =
  | { readonly kind: 'steady'; readonly release: number; readonly seconds: number }
  | { readonly kind: 'migrate'; readonly release: number; readonly phase: 'expand' | 'contract' }
  | { readonly kind: 'replace'; readonly release: number; readonly instance: 1 | 2 }
  | { readonly kind: 'job'; readonly release: number; readonly name: string };

export const INSTANCES = [1, 2] as const;

export function releaseLabel(release: ReleaseSpec): string {
  return release.contractStep ? `${release.ref}+contract` : release.ref;
}

/** `<ref>` or `<ref>+contract`. */
export function parseRelease(text: string): ReleaseSpec {
  const contractStep = text.endsWith('+contract');
  const ref = contractStep ? text.slice(0, -'+contract'.length) : text;
  if (ref === '') {
    throw new Error(`"${text}" names no release`);
  }
  return { ref, contractStep };
}

/**
 * Release 0 is deployed before the load starts (the stack as it was). Every later one is
 * rolled out the way production does it: its expand migrations while the previous
 * release serves, its instances replaced one at a time, its jobs once it runs everywhere,
 * then its contract migrations (what an earlier release stopped using), then a quiet spell.
 */
export function planSteps(input: PlanInput): Step[] {
  if (input.releases.length < 2) {
    throw new Error('a rehearsal needs at least two releases: the one deployed and the one rolled out');
  }
  const steps: Step[] = [{ kind: 'steady', release: 0, seconds: input.baselineSeconds }];
  input.releases.forEach((_release, release) => {
    if (release === 0) {
      return;
    }
    steps.push({ kind: 'migrate', release, phase: 'expand' });
    INSTANCES.forEach((instance) => steps.push({ kind: 'replace', release, instance }));
    input.jobs.filter((job) => job.after === release).forEach((job) => steps.push({ kind: 'job', release, name: job.name }));
    steps.push({ kind: 'migrate', release, phase: 'contract' });
    steps.push({ kind: 'steady', release, seconds: input.steadySeconds });
  });
  return steps;
}

export function stepName(step: Step, releases: readonly ReleaseSpec[]): string {
  const label = releaseLabel(releases[step.release] ?? { ref: '?', contractStep: false });
  switch (step.kind) {
    case 'steady':
      return `steady on ${label}`;
    case 'migrate':
      return `${step.phase} migrations of ${label}`;
    case 'replace':
      return `instance ${step.instance} -> ${label}`;
    case 'job':
      return `job ${step.name} (${label})`;
  }
}

/**
 * The haproxy server (1-4) an instance of a release runs as. Consecutive releases use
 * different pairs, so each new instance starts beside the one it replaces (surge of one,
 * as an ECS rolling update with minimum healthy 100 %).
 */
export function serverOf(release: number, instance: 1 | 2): number {
  return (release % 2) * 2 + instance;
}
