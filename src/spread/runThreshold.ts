import { createRng } from '../random/createRng';
import type { SpreadPlan } from './planSpread';
import { type SpreadTally, createTally } from './tally';
import type { SpreadScratch } from './createScratch';
import { seedOrigins } from './seedOrigins';
import { tallyRun } from './tallyRun';

/**
 * Run the signed linear threshold model for runs [from, to) of a plan.
 *
 * Each customer draws a threshold θ uniform in (0, 1] per run (lazily, the first time a reached
 * neighbour presses on them, from the run's stream `createRng(seed, run)`). Each reached customer
 * presses on its out-neighbours with weight `chance[a] × mult(sender, polarity)` (weights are
 * normalised so that a customer's incoming weights sum to at most 1, Kempe et al. 2003), on the
 * positive or, with a negative message or over a distrust arc (reversed), the negative side. A
 * customer is reached in the round its total pressure reaches θ, and takes the polarity with more
 * pressure at the end of that round (negative wins ties, as in the cascade).
 * The energy a customer carries (for the size-weighted energy) is that of the neighbour whose
 * pressure tipped them over their threshold.
 *
 * Time O(runs × (origins + arcs examined)); no allocation per visit.
 *
 * @example
 * const tally = runThreshold(plan, 0, plan.runs, createScratch(plan.order, true));
 */
export function runThreshold(plan: SpreadPlan, from: number, to: number, scratch: SpreadScratch): SpreadTally {
  const { outOffsets, outTargets, chance, reverse, multPos, multNeg } = plan;
  const { stamp, state, roundOf, carried, parent, queue } = scratch;
  const threshold = scratch.threshold!;
  const pPos = scratch.pressurePos!;
  const pNeg = scratch.pressureNeg!;
  const touched = scratch.touched!;
  const maxRounds = plan.maxRounds;
  const tally = createTally(plan.order, from, to);
  let visits = 0;
  for (let run = from; run < to; run++) {
    const rng = createRng(plan.seed, run);
    let tail = seedOrigins(plan, scratch, run);
    let head = 0;
    let round = 0;
    while (head < tail && round < maxRounds) {
      round++;
      const end = tail;
      for (; head < end; head++) {
        const u = queue[head]!;
        const s = state[u]!;
        const m = s > 0 ? multPos[u]! : multNeg[u]!;
        const stop = outOffsets[u + 1]!;
        for (let a = outOffsets[u]!; a < stop; a++) {
          const v = outTargets[a]!;
          const fresh = stamp[v] !== run;
          if (!fresh && roundOf[v] !== round) continue;
          if (touched[v] !== run) {
            touched[v] = run;
            threshold[v] = 1 - rng.next();
            pPos[v] = 0;
            pNeg[v] = 0;
          }
          const w = chance[a]! * m;
          if ((reverse !== null && reverse[a] === 1 ? -s : s) > 0) pPos[v]! += w;
          else pNeg[v]! += w;
          if (fresh && pPos[v]! + pNeg[v]! >= threshold[v]!) {
            stamp[v] = run;
            carried[v] = carried[u]!;
            roundOf[v] = round;
            parent[v] = u;
            queue[tail++] = v;
          }
        }
        visits += stop - outOffsets[u]!;
      }
      for (let i = end; i < tail; i++) {
        const v = queue[i]!;
        state[v] = pNeg[v]! >= pPos[v]! ? -1 : 1;
      }
    }
    tallyRun(plan, tally, scratch, run, tail, round);
  }
  tally.edgeVisits = visits;
  return tally;
}
