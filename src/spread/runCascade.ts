import type { SpreadPlan } from './planSpread';
import { sfc32State } from '../random/sfc32State';
import { type SpreadTally, createTally } from './tally';
import type { SpreadScratch } from './createScratch';
import { seedOrigins } from './seedOrigins';
import { tallyRun } from './tallyRun';

/**
 * Run the signed independent cascade (and the classic one) for runs [from, to) of a plan.
 *
 * Each run draws from its own stream `createRng(seed, run)`. Round 0 holds the origins (a
 * customer named as both a positive and a negative origin starts negative). In round r every
 * customer first reached in round r − 1 gets one chance per out-arc: a target not yet reached
 * hears with chance `chance[a] × mult(sender, polarity)` (≥ 1 always passes), with the polarity
 * reversed over a distrust arc. Conflict rule: the first round to reach a customer wins; within a
 * round a negative arrival overrides a positive one (negative dominance, the IC-N model of Chen et
 * al. 2011, SDM). With every origin positive and multipliers 1 this is exactly the independent
 * cascade of Kempe, Kleinberg and Tardos (2003): a random draw is made only for a target not yet
 * reached, in arc order, so both models consume the same numbers.
 *
 * Time O(runs × (origins + arcs examined)), expected arcs examined = Σ over reached customers of
 * their out-degree; no allocation per visit (scratch arrays are reused across runs).
 *
 * @example
 * const tally = runCascade(plan, 0, plan.runs, createScratch(plan.order, false));
 */
export function runCascade(plan: SpreadPlan, from: number, to: number, scratch: SpreadScratch): SpreadTally {
  const { outOffsets, outTargets, chance, reverse, multPos, multNeg } = plan;
  const { stamp, state, roundOf, carried, parent, queue } = scratch;
  const maxRounds = plan.maxRounds;
  const tally = createTally(plan.order, from, to);
  // Only a negative message can override (a tie within a round): none without negative origins or distrust.
  const signed = reverse !== null || plan.originSign.some((x) => x < 0);
  const st = new Int32Array(4);
  let visits = 0;
  for (let run = from; run < to; run++) {
    // sfc32 inlined: the same numbers as createRng(seed, run).next(), without a call per visit.
    sfc32State(plan.seed, run, st);
    let ra = st[0]!;
    let rb = st[1]!;
    let rc = st[2]!;
    let rd = st[3]!;
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
        const carry = carried[u]!;
        const stop = outOffsets[u + 1]!;
        for (let a = outOffsets[u]!; a < stop; a++) {
          const v = outTargets[a]!;
          const fresh = stamp[v] !== run;
          // A draw for a target not yet reached, or for a negative message that may override a
          // positive arrival of this same round (the conflict rule).
          if (
            fresh ||
            (signed && roundOf[v] === round && state[v]! > 0 && (reverse !== null && reverse[a] === 1 ? -s : s) < 0)
          ) {
            const t = (((ra + rb) | 0) + rd) | 0;
            rd = (rd + 1) | 0;
            ra = rb ^ (rb >>> 9);
            rb = (rc + (rc << 3)) | 0;
            rc = (rc << 21) | (rc >>> 11);
            rc = (rc + t) | 0;
            if ((t >>> 0) / 4294967296 < chance[a]! * m) {
              // An override only ever sets −1, the polarity that arrives over this arc.
              state[v] = reverse !== null && reverse[a] === 1 ? -s : s;
              carried[v] = carry;
              parent[v] = u;
              if (fresh) {
                stamp[v] = run;
                roundOf[v] = round;
                queue[tail++] = v;
              }
            }
          }
        }
        visits += stop - outOffsets[u]!;
      }
    }
    tallyRun(plan, tally, scratch, run, tail, round);
  }
  tally.edgeVisits = visits;
  return tally;
}

