import { allStages } from '../src/customers.ts';
import { runStacks } from './stack-graph.ts';

/** Runs the infra program once per stage for all spec files (each process ~5 s, in parallel). */
export default async function setup(): Promise<void> {
  await runStacks(allStages().map((config) => config.stage));
}
