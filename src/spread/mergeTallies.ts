import { type SpreadTally, createTally, growRounds } from './tally';

/**
 * Merge tallies of consecutive run ranges (in any order) into one. Integer sums are exact, so
 * the result does not depend on how the runs were split. O(parts × (customers + runs)).
 *
 * @example
 * const all = mergeTallies(plan.order, [runSpread(plan, 0, 500), runSpread(plan, 500, 1000)]);
 */
export function mergeTallies(order: number, parts: SpreadTally[]): SpreadTally {
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  const from = sorted[0]!.from;
  const to = sorted[sorted.length - 1]!.to;
  const out = createTally(order, from, to);
  for (const p of sorted) {
    const o = p.from - from;
    out.reachPos.set(p.reachPos, o);
    out.reachNeg.set(p.reachNeg, o);
    out.energyPos.set(p.energyPos, o);
    out.energyNeg.set(p.energyNeg, o);
    for (let i = 0; i < order; i++) {
      out.countPos[i]! += p.countPos[i]!;
      out.countNeg[i]! += p.countNeg[i]!;
    }
    growRounds(out, p.rounds);
    for (let r = 0; r < p.rounds; r++) {
      out.roundPos[r]! += p.roundPos[r]!;
      out.roundNeg[r]! += p.roundNeg[r]!;
    }
    out.rounds = Math.max(out.rounds, p.rounds);
    out.edgeVisits += p.edgeVisits;
    if (p.tree) out.tree = p.tree;
  }
  return out;
}
