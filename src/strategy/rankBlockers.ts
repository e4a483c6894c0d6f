import { MaxHeap } from './MaxHeap';
import type { LiveSets } from './sampleLiveSets';
import type { Avoidance } from './rankWinBacks';

/**
 * Blockers: inoculating b (b neither adopts nor passes on negative energy) avoids a set's
 * negative root when b is the root, or when every live path from a negative customer to the root
 * runs through b. Each candidate's count is replayed exactly on the stored live arcs (a search
 * from the root that skips b), in the order of an upper bound (the sets b appears in), lazily:
 * a replayed count at the top of the heap beats every remaining bound (Leskovec et al. 2007's
 * lazy evaluation). O(members) for the bounds plus O(size of b's sets) per replay.
 */
export function rankBlockers(sets: LiveSets, n: number, negative: Uint8Array, allowed: Uint8Array | null, k: number): Avoidance[] {
  const { nodes, memberOff, arcStart, arcOff, arcTo } = sets;
  const eligible = (v: number): boolean => negative[v] !== 1 && (allowed === null || allowed[v] === 1);
  const off = new Int32Array(n + 1);
  for (let i = 0; i < nodes.length; i++) if (eligible(nodes[i]!)) off[nodes[i]! + 1]!++;
  for (let v = 0; v < n; v++) off[v + 1]! += off[v]!;
  const setOf = new Int32Array(off[n]!);
  const fill = off.slice(0, n);
  for (let s = 0; s < sets.count; s++) {
    for (let i = memberOff[s]!; i < memberOff[s + 1]!; i++) if (eligible(nodes[i]!)) setOf[fill[nodes[i]!]!++] = s;
  }
  const seen = new Int32Array(Math.max(1, sets.maxSize));
  const queue = new Int32Array(Math.max(1, sets.maxSize));
  let mark = 0;
  const saves = (s: number, b: number): boolean => {
    const m0 = memberOff[s]!;
    const m1 = memberOff[s + 1]!;
    if (nodes[m0] === b) return true;
    mark++;
    let skip = -1;
    for (let i = m0; i < m1; i++) if (nodes[i] === b) skip = i - m0;
    seen[0] = mark;
    queue[0] = 0;
    let tail = 1;
    for (let h = 0; h < tail; h++) {
      const li = queue[h]!;
      if (negative[nodes[m0 + li]!] === 1) return false;
      const end = m0 + li + 1 < m1 ? arcStart[m0 + li + 1]! : arcOff[s + 1]!;
      for (let a = arcStart[m0 + li]!; a < end; a++) {
        const t = arcTo[a]!;
        if (t === skip || seen[t] === mark) continue;
        seen[t] = mark;
        queue[tail++] = t;
      }
    }
    return true;
  };
  const heap = new MaxHeap(n);
  const exact = new Uint8Array(n);
  const countOf = new Float64Array(n);
  for (let v = 0; v < n; v++) if (eligible(v) && off[v + 1]! > off[v]!) heap.push(off[v + 1]! - off[v]!, v);
  const out: Avoidance[] = [];
  while (heap.size > 0 && out.length < k) {
    const v = heap.pop();
    if (exact[v] === 1) {
      out.push({ node: v, sets: countOf[v]! });
      continue;
    }
    let c = 0;
    for (let i = off[v]!; i < off[v + 1]!; i++) if (saves(setOf[i]!, v)) c++;
    exact[v] = 1;
    countOf[v] = c;
    if (c > 0) heap.push(c, v);
  }
  return out;
}
