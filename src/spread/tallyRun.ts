import type { SpreadPlan } from './planSpread';
import { type SpreadTally, growRounds } from './tally';

/** Scratch arrays reused across runs (one set per thread). */
export interface SpreadScratch {
  /** Run that last reached each customer (−1: none yet). */
  stamp: Int32Array;
  /** Polarity of each reached customer: 1 or −1. */
  state: Int8Array;
  roundOf: Int32Array;
  carried: Float64Array;
  parent: Int32Array;
  /** Customers in the order reached (a breadth-first queue). */
  queue: Int32Array;
  /** Threshold model: drawn threshold, positive and negative pressure, and when they were drawn. */
  threshold: Float64Array | null;
  pressurePos: Float64Array | null;
  pressureNeg: Float64Array | null;
  touched: Int32Array | null;
}

/** Allocate scratch arrays for a graph of `order` customers. O(order). */
export function createScratch(order: number, threshold: boolean): SpreadScratch {
  return {
    stamp: new Int32Array(order).fill(-1),
    state: new Int8Array(order),
    roundOf: new Int32Array(order),
    carried: new Float64Array(order),
    parent: new Int32Array(order),
    queue: new Int32Array(order),
    threshold: threshold ? new Float64Array(order) : null,
    pressurePos: threshold ? new Float64Array(order) : null,
    pressureNeg: threshold ? new Float64Array(order) : null,
    touched: threshold ? new Int32Array(order).fill(-1) : null,
  };
}

/** Add one finished run (its reached customers are queue[0..tail)) to the tally. O(reached). */
export function tallyRun(
  plan: SpreadPlan,
  tally: SpreadTally,
  scratch: SpreadScratch,
  run: number,
  tail: number,
  rounds: number,
): void {
  const { queue, state, roundOf, carried, parent } = scratch;
  const size = plan.size;
  growRounds(tally, rounds + 1);
  if (rounds + 1 > tally.rounds) tally.rounds = rounds + 1;
  let pos = 0;
  let ePos = 0;
  let eNeg = 0;
  for (let i = 0; i < tail; i++) {
    const v = queue[i]!;
    const e = (size === null ? 1 : size[v]!) * carried[v]!;
    if (state[v]! > 0) {
      pos++;
      ePos += e;
      tally.countPos[v]!++;
      tally.roundPos[roundOf[v]!]!++;
    } else {
      eNeg += e;
      tally.countNeg[v]!++;
      tally.roundNeg[roundOf[v]!]!++;
    }
  }
  const k = run - tally.from;
  tally.reachPos[k] = pos;
  tally.reachNeg[k] = tail - pos;
  tally.energyPos[k] = ePos;
  tally.energyNeg[k] = eNeg;
  if (run === 0 && plan.recordTree) {
    const tree = new Int32Array(tail * 4);
    for (let i = 0; i < tail; i++) {
      const v = queue[i]!;
      tree[4 * i] = v;
      tree[4 * i + 1] = parent[v]!;
      tree[4 * i + 2] = roundOf[v]!;
      tree[4 * i + 3] = state[v]!;
    }
    tally.tree = tree;
  }
}
