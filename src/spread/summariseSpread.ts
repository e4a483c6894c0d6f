import type { CompactGraph } from '../graph/CompactGraph';
import type { DataIssue } from '../issues';
import type { SpreadPlan } from './planSpread';
import type { Estimate, SpreadResult } from './schema';
import type { SpreadTally } from './tally';

/** z for a two-sided 95% normal interval. */
const Z95 = 1.959963984540054;

/**
 * Mean, standard error and 95% interval of per-run values, summed in run order (so the same runs
 * always give the same bytes). `sign` −1 subtracts `b`.
 */
function estimate(a: Float64Array, b?: Float64Array): Estimate {
  const k = a.length;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += b ? a[i]! - b[i]! : a[i]!;
  const mean = sum / k;
  let ss = 0;
  for (let i = 0; i < k; i++) {
    const d = (b ? a[i]! - b[i]! : a[i]!) - mean;
    ss += d * d;
  }
  const stdError = k > 1 ? Math.sqrt(ss / (k - 1) / k) : 0;
  return { mean, stdError, low95: mean - Z95 * stdError, high95: mean + Z95 * stdError };
}

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
