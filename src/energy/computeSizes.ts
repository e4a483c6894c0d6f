/**
 * Sizes relative to the scored population: size = share × e / mean(e) + (1 − share) × i / mean(i),
 * with e = ln(1 + economic strength) and i = ln(1 + social influence). A component whose mean is 0
 * (nobody has any) counts 1 for everyone. The mean size is 1, so a size-weighted total reads in
 * "average customers". Inputs must be in a fixed order (the caller sorts customers) so the means
 * are the same bytes on every run. O(customers).
 *
 * @example
 * computeSizes([0, 100], [0, 0], 0.5); // Float64Array [0.5, 1.5]
 */
export function computeSizes(economic: ArrayLike<number>, influence: ArrayLike<number>, economicShare: number): Float64Array {
  const n = economic.length;
  const e = new Float64Array(n);
  const i = new Float64Array(n);
  let se = 0;
  let si = 0;
  for (let k = 0; k < n; k++) {
    e[k] = Math.log1p(economic[k]!);
    i[k] = Math.log1p(influence[k]!);
    se += e[k]!;
    si += i[k]!;
  }
  const me = se / n;
  const mi = si / n;
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const ce = me > 0 ? e[k]! / me : 1;
    const ci = mi > 0 ? i[k]! / mi : 1;
    out[k] = economicShare * ce + (1 - economicShare) * ci;
  }
  return out;
}
