import { MaxHeap } from './MaxHeap';
import type { RrStore } from './RrStore';

/** The limit of a greedy selection: a number of picks, or a budget with a cost per customer. */
export type CoverageLimit = { k: number } | { budget: number; cost: Float64Array };

/** Picks in order, the sets each newly covered, and the total covered. Internal. */
export interface CoverageSelection {
  nodes: number[];
  gains: number[];
  covered: number;
  /** Greedy rule that won (budgets compare two). */
  rule: 'gain' | 'gain-per-cost';
}

/**
 * Greedy maximum coverage of reverse-reachable sets (Nemhauser, Wolsey and Fisher 1978: a
 * (1 − 1/e) approximation of the best k-set on the sample). Exact marginal gains are kept by
 * decrementing counts when a set is covered, and a lazy max-heap re-inserts a customer whose
 * stored gain went stale (gains only fall), so the run costs O(members + picks · log n).
 *
 * With a budget, both the gain-per-cost greedy and the plain-gain greedy (skipping what no
 * longer fits) are run and the better kept: the standard fix that restores a constant-factor
 * guarantee (Khuller, Moss and Naor 1999; Leskovec et al. 2007, CELF).
 *
 * `allowed` restricts the picks (candidates); null allows everyone.
 */
export function selectMaxCoverage(
  store: RrStore,
  n: number,
  allowed: Uint8Array | null,
  limit: CoverageLimit,
): CoverageSelection {
  const sets = store.count;
  const nodes = store.nodes;
  const offsets = store.offsets;
  const degree = new Uint32Array(n + 1);
  for (let i = 0; i < store.length; i++) {
    const v = nodes[i]!;
    if (allowed === null || allowed[v] === 1) degree[v + 1]!++;
  }
  for (let v = 0; v < n; v++) degree[v + 1]! += degree[v]!;
  const nodeOff = degree;
  const nodeSets = new Uint32Array(nodeOff[n]!);
  const fill = nodeOff.slice(0, n);
  for (let s = 0; s < sets; s++) {
    for (let i = offsets[s]!; i < offsets[s + 1]!; i++) {
      const v = nodes[i]!;
      if (allowed === null || allowed[v] === 1) nodeSets[fill[v]!++] = s;
    }
  }

  const run = (rule: 'gain' | 'gain-per-cost'): CoverageSelection => {
    const gain = new Float64Array(n);
    for (let v = 0; v < n; v++) gain[v] = nodeOff[v + 1]! - nodeOff[v]!;
    const covered = new Uint8Array(sets);
    const heap = new MaxHeap(n);
    const budgeted = 'budget' in limit;
    const cost = budgeted ? limit.cost : null;
    const score = (v: number): number => (rule === 'gain' ? gain[v]! : gain[v]! / cost![v]!);
    for (let v = 0; v < n; v++) {
      if (allowed !== null && allowed[v] !== 1) continue;
      if (cost !== null && !(cost[v]! <= (limit as { budget: number }).budget)) continue;
      heap.push(score(v), v);
    }
    let left = budgeted ? limit.budget : 0;
    const picked: number[] = [];
    const gains: number[] = [];
    let total = 0;
    while (heap.size > 0) {
      if (!budgeted && picked.length >= (limit as { k: number }).k) break;
      const top = heap.topScore();
      const v = heap.pop();
      const now = score(v);
      if (now < top) {
        heap.push(now, v);
        continue;
      }
      if (cost !== null) {
        if (cost[v]! > left) continue;
        if (gain[v] === 0) break;
        left -= cost[v]!;
      }
      picked.push(v);
      gains.push(gain[v]!);
      total += gain[v]!;
      for (let i = nodeOff[v]!; i < nodeOff[v + 1]!; i++) {
        const s = nodeSets[i]!;
        if (covered[s] === 1) continue;
        covered[s] = 1;
        for (let j = offsets[s]!; j < offsets[s + 1]!; j++) gain[nodes[j]!]!--;
      }
    }
    return { nodes: picked, gains, covered: total, rule };
  };

  if (!('budget' in limit)) return run('gain');
  const byRatio = run('gain-per-cost');
  const byGain = run('gain');
  return byGain.covered > byRatio.covered ? byGain : byRatio;
}
