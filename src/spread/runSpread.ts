import type { SpreadPlan } from './planSpread';
import { runCascade } from './runCascade';
import { runThreshold } from './runThreshold';
import type { SpreadTally } from './tally';
import { createScratch } from './createScratch';

/**
 * Run runs [from, to) of a plan with the plan's model and return their tally. This is what a
 * worker thread calls on its share of the runs. Time O((to − from) × arcs examined per run);
 * memory O(customers) scratch, allocated once.
 *
 * @example
 * const { plan } = planSpread(graph, origins, { seed: 1, runs: 1000 });
 * const firstHalf = runSpread(plan, 0, 500); // what one of two workers does
 */
export function runSpread(plan: SpreadPlan, from: number, to: number): SpreadTally {
  const scratch = createScratch(plan.order, plan.model === 'threshold');
  return plan.model === 'threshold' ? runThreshold(plan, from, to, scratch) : runCascade(plan, from, to, scratch);
}
