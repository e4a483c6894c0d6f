import type { CompactGraph } from '../graph/CompactGraph';
import type { Rng } from '../random/createRng';
import { createLiveArcDrawer } from './createLiveArcDrawer';
import type { ReverseKind } from './sampleRrSets';

/**
 * Reverse-reachable sets that keep their live arcs, and only those that hold a negative customer
 * (the others are counted, not stored: nothing can be avoided there). Set s has members
 * `nodes[memberOff[s] .. memberOff[s+1])` (the root first) and member i's live in-arcs point to
 * the local positions `arcTo[arcStart[i] .. arcStart[i+1])` (the last member of a set ends at
 * `arcOff[s+1]`). Internal.
 */
export interface LiveSets {
  /** Sets drawn (θ), stored or not. */
  drawn: number;
  count: number;
  nodes: Int32Array;
  memberOff: Int32Array;
  arcStart: Int32Array;
  arcOff: Int32Array;
  arcTo: Int32Array;
  /** Largest set size (for scratch arrays). */
  maxSize: number;
}

class Grow {
  a = new Int32Array(1 << 12);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  done(): Int32Array {
    return this.a.slice(0, this.n);
  }
}

/**
 * Draw `samples` reverse-reachable sets from roots given by `pickRoot`, drawing the live in-arcs
 * of every member with {@link createLiveArcDrawer} (a coin for every in-arc under cascade,
 * systematic weight sampling under threshold), so each stored set carries the whole live subgraph
 * that leads to its root: removing a customer can then be replayed on the same coins (common
 * random numbers). O(samples × in-arcs of members).
 */
export function sampleLiveSets(
  graph: CompactGraph,
  inChance: Float32Array,
  kind: ReverseKind,
  negative: Uint8Array,
  samples: number,
  pickRoot: () => number,
  rng: Rng,
): LiveSets {
  const n = graph.order;
  const inSources = graph.inSources;
  const drawer = createLiveArcDrawer(graph, inChance, kind, rng);
  const live = drawer.live;
  const pos = new Int32Array(n);
  const stamp = new Int32Array(n);
  const nodes = new Grow();
  const arcStart = new Grow();
  const arcTo = new Grow();
  const memberOff = new Grow();
  const arcOff = new Grow();
  memberOff.push(0);
  arcOff.push(0);
  const local = new Int32Array(n);
  let maxSize = 0;
  for (let s = 0; s < samples; s++) {
    const cur = s + 1;
    const m0 = nodes.n;
    const a0 = arcTo.n;
    let size = 0;
    let hasNegative = false;
    const root = pickRoot();
    stamp[root] = cur;
    pos[root] = 0;
    local[size++] = root;
    for (let h = 0; h < size; h++) {
      const u = local[h]!;
      if (negative[u] === 1) hasNegative = true;
      nodes.push(u);
      arcStart.push(arcTo.n);
      const count = drawer.draw(u);
      for (let i = 0; i < count; i++) {
        const w = inSources[live[i]!]!;
        if (stamp[w] !== cur) {
          stamp[w] = cur;
          pos[w] = size;
          local[size++] = w;
        }
        arcTo.push(pos[w]!);
      }
    }
    if (hasNegative) {
      memberOff.push(nodes.n);
      arcOff.push(arcTo.n);
      if (size > maxSize) maxSize = size;
    } else {
      nodes.n = m0;
      arcStart.n = m0;
      arcTo.n = a0;
    }
  }
  const mo = memberOff.done();
  return {
    drawn: samples,
    count: mo.length - 1,
    nodes: nodes.done(),
    memberOff: mo,
    arcStart: arcStart.done(),
    arcOff: arcOff.done(),
    arcTo: arcTo.done(),
    maxSize,
  };
}
