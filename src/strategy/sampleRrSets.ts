import type { CompactGraph } from '../graph/CompactGraph';
import type { Rng } from '../random/createRng';
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
 * - threshold (linear threshold): from the current customer, pick at most one in-neighbour with
 *   probability equal to its arc weight (weights normalised when they sum above 1); stop at a
 *   customer already in the set or when none is picked (Tang et al. 2014, section 4.2, the
 *   live-edge view of Kempe et al. 2003).
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
  let inTotal: Float64Array | null = null;
  if (kind === 'threshold') {
    inTotal = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      let t = 0;
      for (let j = inOffsets[v]!; j < inOffsets[v + 1]!; j++) t += inChance[j]!;
      inTotal[v] = t;
    }
  }
  if (kind === 'cascade') {
    return (store, until) => {
      while (store.count < until) {
        const cur = nextMark();
        const root = pickRoot();
        store.reserve(1);
        let nodes = store.nodes;
        let len = store.length;
        nodes[len++] = root;
        stamp[root] = cur;
        let head = len - 1;
        while (head < len) {
          const u = nodes[head++]!;
          const end = inOffsets[u + 1]!;
          for (let j = inOffsets[u]!; j < end; j++) {
            const s = inSources[j]!;
            if (stamp[s] !== cur && rng.next() < inChance[j]!) {
              stamp[s] = cur;
              if (len === nodes.length) {
                store.length = len;
                store.reserve(1);
                nodes = store.nodes;
              }
              nodes[len++] = s;
            }
          }
        }
        store.length = len;
        store.close();
      }
    };
  }
  const totals = inTotal!;
  return (store, until) => {
    while (store.count < until) {
      const cur = nextMark();
      let u = pickRoot();
      stamp[u] = cur;
      store.reserve(1);
      store.nodes[store.length++] = u;
      for (;;) {
        const r = rng.next() * Math.max(1, totals[u]!);
        let acc = 0;
        let picked = -1;
        for (let j = inOffsets[u]!; j < inOffsets[u + 1]!; j++) {
          acc += inChance[j]!;
          if (r < acc) {
            picked = inSources[j]!;
            break;
          }
        }
        if (picked < 0 || stamp[picked] === cur) break;
        stamp[picked] = cur;
        store.reserve(1);
        store.nodes[store.length++] = picked;
        u = picked;
      }
      store.close();
    }
  };
}
