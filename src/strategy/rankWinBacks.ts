import { MaxHeap } from './MaxHeap';
import type { LiveSets } from './sampleLiveSets';

/** A customer and the number of sampled sets whose negative arrival they would avoid. Internal. */
export interface Avoidance {
  node: number;
  sets: number;
}

/**
 * Win-backs: a set's root ends negative because of a negative customer in it; recovering c
 * avoids that exactly when c is the only negative customer in the set. One pass, O(members).
 */
export function rankWinBacks(sets: LiveSets, n: number, negative: Uint8Array, k: number): Avoidance[] {
  const credit = new Float64Array(n);
  for (let s = 0; s < sets.count; s++) {
    let only = -1;
    let many = false;
    for (let i = sets.memberOff[s]!; i < sets.memberOff[s + 1]!; i++) {
      const v = sets.nodes[i]!;
      if (negative[v] !== 1) continue;
      if (only >= 0) {
        many = true;
        break;
      }
      only = v;
    }
    if (!many && only >= 0) credit[only]!++;
  }
  const heap = new MaxHeap(n);
  for (let v = 0; v < n; v++) if (negative[v] === 1) heap.push(credit[v]!, v);
  const out: Avoidance[] = [];
  while (heap.size > 0 && out.length < k) {
    const v = heap.pop();
    out.push({ node: v, sets: credit[v]! });
  }
  return out;
}
