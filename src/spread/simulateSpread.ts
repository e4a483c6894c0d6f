import type { CompactGraph } from '../graph/CompactGraph';
import { planSpread } from './planSpread';
import { runSpread } from './runSpread';
import type { SimulateSpreadOptions, SpreadOrigin, SpreadResult } from './schema';
import { summariseSpread } from './summariseSpread';

/**
 * Simulate how the origins' positive and negative energy spreads by word of mouth.
 *
 * Models (`options.model`, default 'cascade'):
 * - 'classic-cascade': the independent cascade of Kempe, Kleinberg and Tardos (2003) with the
 *   graph's arc probabilities; every origin positive, no knobs.
 * - 'cascade': the signed cascade: an origin's polarity is the sign of its energy; the chance
 *   over an arc is `arcChance` (probability × |trust| × sender factor of level and size ×
 *   incentive for positive × negativity bias for negative, clamped to 1); distrust reverses the
 *   polarity (Li et al. 2014); first round to reach a customer wins, negative wins ties within a
 *   round (Chen et al. 2011, IC-N). With positive origins and neutral knobs it is exactly
 *   'classic-cascade' (same seed, same numbers).
 * - 'threshold': the linear threshold model (Kempe et al. 2003), signed the same way.
 *
 * Run i draws from `createRng(seed, i)` alone, so results do not depend on how runs are split
 * (see `simulateSpreadParallel` in `customer-energy/node`).
 *
 * Time O(runs × arcs examined per run) (at most runs × arcs); memory O(customers + arcs)
 * (O(customers) scratch reused across runs; the graph's arrays are not copied without trust).
 *
 * @example
 * const { graph } = buildGraph([
 *   { source: 'ann', target: 'bob', probability: 0.5, directed: true },
 *   { source: 'bob', target: 'cat', probability: 0.5, directed: true },
 * ]);
 * const r = simulateSpread(graph, [{ customerId: 'ann', energy: 0.9 }], { seed: 7, runs: 10_000, model: 'classic-cascade' });
 * r.reach.positive.mean; // ≈ 1 + 0.5 + 0.25 = 1.75
 */
export function simulateSpread(
  graph: CompactGraph,
  origins: Iterable<SpreadOrigin>,
  options: SimulateSpreadOptions,
): SpreadResult {
  const { plan, issues } = planSpread(graph, origins, options);
  const tally = runSpread(plan, 0, plan.runs);
  return summariseSpread(graph, plan, tally, issues);
}
