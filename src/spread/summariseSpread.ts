import type { CompactGraph } from '../graph/CompactGraph';
import type { DataIssue } from '../issues';
import { estimate } from '../stats/estimate';
import type { SpreadPlan } from './planSpread';
import type { SpreadResult } from './schema';
import type { SpreadTally } from './tally';

/**
 * Turn the merged tally of all runs into a {@link SpreadResult}. O(customers + runs + rounds).
 *
 * @example
 * const result = summariseSpread(graph, plan, runSpread(plan, 0, plan.runs), issues);
 */
export function summariseSpread(
  graph: CompactGraph,
  plan: SpreadPlan,
  tally: SpreadTally,
  issues: DataIssue[],
): SpreadResult {
  const runs = tally.to - tally.from;
  const total = new Float64Array(runs);
  for (let i = 0; i < runs; i++) total[i] = tally.reachPos[i]! + tally.reachNeg[i]!;
  const byRound: SpreadResult['byRound'] = [];
  let cp = 0;
  let cn = 0;
  for (let r = 0; r < tally.rounds; r++) {
    cp += tally.roundPos[r]!;
    cn += tally.roundNeg[r]!;
    byRound.push({ round: r, positive: cp / runs, negative: cn / runs });
  }
  // Drop trailing rounds where nobody new was reached in any run.
  while (byRound.length > 1 && tally.roundPos[byRound.length - 1] === 0 && tally.roundNeg[byRound.length - 1] === 0) {
    byRound.pop();
  }
  const customers: SpreadResult['customers'] = [];
  for (let v = 0; v < plan.order; v++) {
    const p = tally.countPos[v]!;
    const q = tally.countNeg[v]!;
    if (p > 0 || q > 0) customers.push({ customerId: graph.ids[v]!, positive: p / runs, negative: q / runs });
  }
  const result: SpreadResult = {
    model: plan.model,
    runs,
    reach: { positive: estimate(tally.reachPos), negative: estimate(tally.reachNeg), total: estimate(total) },
    energy: {
      positive: estimate(tally.energyPos),
      negative: estimate(tally.energyNeg),
      net: estimate(tally.energyPos, tally.energyNeg),
    },
    byRound,
    customers,
    edgeVisits: tally.edgeVisits,
    issues,
  };
  if (plan.recordTree && tally.tree) {
    const t = tally.tree;
    const cascade: NonNullable<SpreadResult['cascade']> = [];
    for (let i = 0; i < t.length; i += 4) {
      cascade.push({
        customerId: graph.ids[t[i]!]!,
        toldBy: t[i + 1]! < 0 ? null : graph.ids[t[i + 1]!]!,
        round: t[i + 2]!,
        polarity: t[i + 3]! > 0 ? 'positive' : 'negative',
      });
    }
    result.cascade = cascade;
  }
  return result;
}
