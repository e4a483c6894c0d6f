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

/**
 * Allocate scratch arrays for a graph of `order` customers, reused by every run of a call (and
 * of a worker). O(order).
 *
 * @example
 * const scratch = createScratch(graph.order, false);
 */
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
