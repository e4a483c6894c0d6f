import type { CompactGraph } from '../graph/CompactGraph';
import type { Rng } from '../random/createRng';
import type { ReverseKind } from './sampleRrSets';

/** Draws the live in-arcs of one customer: `draw(u)` writes reverse entries into `live`. Internal. */
export interface LiveArcDrawer {
  /** Reverse entries j (in-arc `graph.inArc[j]`, from `graph.inSources[j]`) of the last draw. */
  live: Int32Array;
  /** Draw the live in-arcs of customer `u` into `live[0 .. count)`, in arc order; returns count. */
  draw: (u: number) => number;
}

/**
 * The one step that grows a reverse-reachable set, shared by the samplers: which in-arcs of a
 * member are live in this sample.
 *
 * - cascade: each in-arc j independently, with chance `inChance[j]` (one draw per in-arc, in
 *   order).
 * - threshold: systematic sampling, one draw r per member and the points r, r + 1, r + 2, ... on
 *   its in-weights laid end to end; an in-arc is live when a point falls in its segment. With the
 *   weights summing to at most 1 that is exactly one in-neighbour with probability equal to its
 *   weight, or none (the live-edge view of Kempe et al. 2003).
 *
 * `live` is sized to the largest in-degree once (O(customers)); a draw is O(in-degree of u) and
 * allocates nothing.
 *
 * @example
 * const drawer = createLiveArcDrawer(graph, inChance, 'threshold', createRng(1));
 * const count = drawer.draw(u); // drawer.live[0 .. count) are u's live reverse entries
 */
export function createLiveArcDrawer(graph: CompactGraph, inChance: Float32Array, kind: ReverseKind, rng: Rng): LiveArcDrawer {
  const inOffsets = graph.inOffsets;
  let most = 0;
  for (let u = 0; u < graph.order; u++) most = Math.max(most, inOffsets[u + 1]! - inOffsets[u]!);
  const live = new Int32Array(most);
  const draw =
    kind === 'cascade'
      ? (u: number): number => {
          let count = 0;
          const end = inOffsets[u + 1]!;
          for (let j = inOffsets[u]!; j < end; j++) if (rng.next() < inChance[j]!) live[count++] = j;
          return count;
        }
      : (u: number): number => {
          let count = 0;
          let point = rng.next();
          let acc = 0;
          const end = inOffsets[u + 1]!;
          for (let j = inOffsets[u]!; j < end; j++) {
            acc += inChance[j]!;
            if (point >= acc) continue;
            while (point < acc) point += 1;
            live[count++] = j;
          }
          return count;
        };
  return { live, draw };
}
