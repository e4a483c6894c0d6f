import type { CompactGraph } from '../graph/CompactGraph';
import { planSpread } from '../spread/planSpread';
import type { SimulateSpreadOptions, SpreadModel } from '../spread/schema';
import type { Seed } from '../random/seedToUint32';

/** The spread knobs strategy passes on to the spread engine's own resolution. */
export type SpreadKnobs = Pick<
  SimulateSpreadOptions,
  'negativityBias' | 'levelWeight' | 'sizeExponent' | 'population' | 'incentives'
>;

/**
 * Per reverse entry j (arc a = `graph.inArc[j]`, from u = `graph.inSources[j]`), the chance
 * (cascade) or weight (threshold) with which a message of the given polarity crosses the arc,
 * resolved by the spread engine itself (`planSpread`): `min(1, chance[a] × mult(u))`, the same
 * product as `arcChance` (probability × |trust| × sender factor × incentive, × negativity bias for
 * a negative message). Distrust arcs turn the message over, so they carry 0 for the tracked
 * polarity. For 'classic-cascade' this is the arc probability. O(customers + arcs).
 */
export function reverseChances(
  graph: CompactGraph,
  model: SpreadModel,
  polarity: 1 | -1,
  seed: Seed,
  knobs: SpreadKnobs,
): Float32Array {
  const { negativityBias, levelWeight, sizeExponent, population, incentives } = knobs;
  const { plan } = planSpread(graph, [], { seed, model, negativityBias, levelWeight, sizeExponent, population, incentives });
  const mult = polarity > 0 ? plan.multPos : plan.multNeg;
  const m = graph.size;
  const inChance = new Float32Array(m);
  const { inArc, inSources } = graph;
  for (let j = 0; j < m; j++) {
    const a = inArc[j]!;
    if (plan.reverse !== null && plan.reverse[a] === 1) continue;
    const c = plan.chance[a]! * mult[inSources[j]!]!;
    inChance[j] = c >= 1 ? 1 : c;
  }
  return inChance;
}
