import type { Rng } from '../random/createRng';

/**
 * A sampler of root customers: uniform over all customers, or with probability proportional to
 * `weights` (Vose's alias method, O(n) to build, O(1) per draw). Internal.
 *
 * @example
 * const pick = createRootPicker(new Float64Array([1, 3]), 2, rng); // picks 1 three times as often as 0
 */
export function createRootPicker(weights: Float64Array | null, n: number, rng: Rng): () => number {
  if (weights === null) return () => Math.floor(rng.next() * n);
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i]!;
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const small = new Int32Array(n);
  const large = new Int32Array(n);
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < n; i++) {
    prob[i] = (weights[i]! * n) / total;
    if (prob[i]! < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns]!;
    const l = large[nl - 1]!;
    alias[s] = l;
    prob[l] = prob[l]! + prob[s]! - 1;
    if (prob[l]! < 1) {
      nl--;
      small[ns++] = l;
    }
  }
  while (nl > 0) prob[large[--nl]!] = 1;
  while (ns > 0) prob[small[--ns]!] = 1;
  return () => {
    const x = rng.next() * n;
    const i = Math.floor(x);
    return x - i < prob[i]! ? i : alias[i]!;
  };
}
