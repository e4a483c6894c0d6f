import type { CompactGraph } from '../../src/graph/CompactGraph';

/**
 * Exact expected reach of a seed set under the independent cascade, by enumerating every
 * live-edge world (Kempe et al. 2003: a world keeps arc a with its probability). Test helper,
 * O(2^arcs × arcs): only for graphs of a dozen arcs or so.
 */
export function exactSpread(graph: CompactGraph, seeds: readonly number[], weights?: readonly number[]): number {
  const m = graph.size;
  const n = graph.order;
  let total = 0;
  const seen = new Uint8Array(n);
  const queue: number[] = [];
  for (let world = 0; world < 2 ** m; world++) {
    let pw = 1;
    for (let a = 0; a < m; a++) {
      const p = graph.outProbability[a]!;
      pw *= world & (1 << a) ? p : 1 - p;
    }
    if (pw === 0) continue;
    seen.fill(0);
    queue.length = 0;
    for (const s of seeds) if (!seen[s]) ((seen[s] = 1), queue.push(s));
    for (let h = 0; h < queue.length; h++) {
      const u = queue[h]!;
      for (let a = graph.outOffsets[u]!; a < graph.outOffsets[u + 1]!; a++) {
        const v = graph.outTargets[a]!;
        if (world & (1 << a) && !seen[v]) ((seen[v] = 1), queue.push(v));
      }
    }
    let reach = 0;
    for (const v of queue) reach += weights ? weights[v]! : 1;
    total += pw * reach;
  }
  return total;
}

/** All k-subsets of 0..n-1. */
export function* subsets(n: number, k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix.slice();
    return;
  }
  for (let i = start; i < n; i++) {
    prefix.push(i);
    yield* subsets(n, k, i + 1, prefix);
    prefix.pop();
  }
}
