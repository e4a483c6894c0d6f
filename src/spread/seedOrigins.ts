import type { SpreadPlan } from './planSpread';
import type { SpreadScratch } from './createScratch';

/**
 * Start run `run` of a model loop: mark the plan's origins reached in round 0 (stamped with the
 * run, their own polarity and energy, no parent) and put them at the head of the breadth-first
 * queue. A customer named as both a positive and a negative origin starts negative (negative
 * dominance, as within a round of the cascade). Returns the queue length. O(origins). Internal.
 *
 * @example
 * let tail = seedOrigins(plan, scratch, run); // queue[0..tail) now holds the origins
 */
export function seedOrigins(plan: SpreadPlan, scratch: SpreadScratch, run: number): number {
  const { originIdx, originSign, originEnergy } = plan;
  const { stamp, state, roundOf, carried, parent, queue } = scratch;
  let tail = 0;
  for (let i = 0; i < originIdx.length; i++) {
    const v = originIdx[i]!;
    if (stamp[v] !== run) {
      stamp[v] = run;
      state[v] = originSign[i]!;
      carried[v] = originEnergy[i]!;
      roundOf[v] = 0;
      parent[v] = -1;
      queue[tail++] = v;
    } else if (originSign[i]! < 0 && state[v]! > 0) {
      state[v] = -1;
      carried[v] = originEnergy[i]!;
    }
  }
  return tail;
}
