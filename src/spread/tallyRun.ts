import type { SpreadPlan } from './planSpread';
import type { SpreadScratch } from './createScratch';
import { type SpreadTally, growRounds } from './tally';

/**
 * Add one finished run (its reached customers are queue[0..tail)) to the tally. O(reached).
 *
 * @example
 * tallyRun(plan, tally, scratch, run, tail, rounds); // at the end of each run of a model loop
 */
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
