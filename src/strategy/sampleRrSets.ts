import type { CompactGraph } from '../graph/CompactGraph';
import type { Rng } from '../random/createRng';
import { createLiveArcDrawer } from './createLiveArcDrawer';
import type { RrStore } from './RrStore';

/** How a reverse-reachable set grows backwards from its root. */
export type ReverseKind = 'cascade' | 'threshold';

/** What {@link createRrSampler} needs. Internal. */
export interface RrSamplerSpec {
  graph: CompactGraph;
  /** Chance (cascade) or weight (threshold) of reverse entry j, i.e. of arc `graph.inArc[j]`. */
  inChance: Float32Array;
  kind: ReverseKind;
  pickRoot: () => number;
  rng: Rng;
}

/**
 * A function that appends reverse-reachable sets to a store until it holds `until` sets.
 *
 * - cascade (independent cascade): breadth-first search backwards from a random root, keeping
 *   each in-arc with its chance (Borgs et al. 2014; Tang et al. 2014 and 2015).
 * - threshold (linear threshold): each member keeps the in-neighbours hit by the points r, r + 1,
 *   r + 2, ... (r uniform in [0, 1)) on its in-weights laid end to end. When the weights sum to at
 *   most 1 that is exactly one in-neighbour with probability equal to its weight, or none: the
 *   live-edge view of Kempe et al. (2003) used by Tang et al. (2014, section 4.2). When sender
 *   scaling pushes the sum above 1 (no live-edge form exists), each in-neighbour is still kept
 *   with probability min(1, weight), as a lone active neighbour would trigger it.
 *
 * Each set costs O(in-arcs of its members) for cascade, O(in-arcs walked) for threshold.
 */
export function createRrSampler(spec: RrSamplerSpec): (store: RrStore, until: number) => void {
  const { graph, inChance, kind, pickRoot, rng } = spec;
  const n = graph.order;
  const inOffsets = graph.inOffsets;
  const inSources = graph.inSources;
  const stamp = new Int32Array(n);
  let mark = 0;
  const nextMark = (): number => {
    if (mark === 0x7fffffff) {
      stamp.fill(0);
      mark = 0;
    }
    return ++mark;
  };
  const cascade = kind === 'cascade';
  const drawer = createLiveArcDrawer(graph, inChance, kind, rng);
  const live = drawer.live;
  /** Room for one more member: only when the store is full (amortised O(1)). */
  const grow = (store: RrStore, len: number): Int32Array => {
    store.length = len;
    store.reserve(1);
    return store.nodes;
  };
  return (store, until) => {
    while (store.count < until) {
      const cur = nextMark();
      const root = pickRoot();
      store.reserve(1);
      let nodes = store.nodes;
      let len = store.length;
      nodes[len++] = root;
      stamp[root] = cur;
      for (let head = len - 1; head < len; head++) {
        const u = nodes[head]!;
        if (cascade) {
          // Inlined rather than the drawer's: no coin for an in-neighbour already in the set
          // (it could add nothing), which saves most draws on dense graphs.
          const end = inOffsets[u + 1]!;
          for (let j = inOffsets[u]!; j < end; j++) {
            const s = inSources[j]!;
            if (stamp[s] !== cur && rng.next() < inChance[j]!) {
              stamp[s] = cur;
              if (len === nodes.length) nodes = grow(store, len);
              nodes[len++] = s;
            }
          }
        } else {
          const count = drawer.draw(u);
          for (let i = 0; i < count; i++) {
            const s = inSources[live[i]!]!;
            if (stamp[s] === cur) continue;
            stamp[s] = cur;
            if (len === nodes.length) nodes = grow(store, len);
            nodes[len++] = s;
          }
        }
      }
      store.length = len;
      store.close();
    }
  };
}
