import type { CompactGraph } from '../../src/graph/CompactGraph';

/**
 * Exact expected reach of the classic independent cascade by enumerating every live-edge graph
 * (Kempe et al. 2003: IC = reachability in a random graph keeping arc a with probability p_a).
 * O(2^arcs × arcs): only for the tiny graphs of the tests (≤ 12 arcs).
 */
export function exactReach(graph: CompactGraph, origins: number[]): { reach: number; perCustomer: number[] } {
  const m = graph.size;
  if (m > 16) throw new Error('too many arcs to enumerate');
  const n = graph.order;
  const per = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 1 << m; mask++) {
    let w = 1;
    for (let a = 0; a < m; a++) {
      const p = graph.outProbability[a]!;
      w *= mask & (1 << a) ? p : 1 - p;
    }
    if (w === 0) continue;
    const seen = new Array<boolean>(n).fill(false);
    const stack = [...origins];
    for (const o of origins) seen[o] = true;
    while (stack.length) {
      const u = stack.pop()!;
      for (let a = graph.outOffsets[u]!; a < graph.outOffsets[u + 1]!; a++) {
        const v = graph.outTargets[a]!;
        if (mask & (1 << a) && !seen[v]) {
          seen[v] = true;
          stack.push(v);
        }
      }
    }
    for (let v = 0; v < n; v++) if (seen[v]) per[v]! += w;
  }
  return { reach: per.reduce((s, x) => s + x, 0), perCustomer: per };
}
