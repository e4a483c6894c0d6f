/**
 * What a range of runs adds up to. Per-run values are kept by run index and per-customer and
 * per-round values are integer counts, so tallies from any split of the runs (worker threads)
 * merge into exactly the same numbers. Internal.
 */
export interface SpreadTally {
  from: number;
  to: number;
  /** Per run (index run − from): customers ending positive / negative; size-weighted energy. */
  reachPos: Float64Array;
  reachNeg: Float64Array;
  energyPos: Float64Array;
  energyNeg: Float64Array;
  /** Per customer: runs in which they end positive / negative. */
  countPos: Float64Array;
  countNeg: Float64Array;
  /** Per round: customers first reached in that round and ending positive / negative, summed over runs. */
  roundPos: Float64Array;
  roundNeg: Float64Array;
  /** Rounds used (length of the meaningful prefix of roundPos / roundNeg). */
  rounds: number;
  edgeVisits: number;
  /** Run 0's cascade as (customer, toldBy or −1, round, polarity) quadruples, when recorded. */
  tree: Int32Array | null;
}

/** An empty tally for runs [from, to) on `order` customers. @example createTally(graph.order, 0, 1000) */
export function createTally(order: number, from: number, to: number): SpreadTally {
  const k = to - from;
  return {
    from,
    to,
    reachPos: new Float64Array(k),
    reachNeg: new Float64Array(k),
    energyPos: new Float64Array(k),
    energyNeg: new Float64Array(k),
    countPos: new Float64Array(order),
    countNeg: new Float64Array(order),
    roundPos: new Float64Array(16),
    roundNeg: new Float64Array(16),
    rounds: 0,
    edgeVisits: 0,
    tree: null,
  };
}

/** Make room for `rounds` rounds in the per-round sums (amortised O(1)). @example growRounds(tally, round + 1) */
export function growRounds(t: SpreadTally, rounds: number): void {
  if (rounds <= t.roundPos.length) return;
  let len = t.roundPos.length;
  while (len < rounds) len *= 2;
  const p = new Float64Array(len);
  const q = new Float64Array(len);
  p.set(t.roundPos);
  q.set(t.roundNeg);
  t.roundPos = p;
  t.roundNeg = q;
}
