import { mean, sampleVariance } from 'simple-statistics';

/**
 * z of a two-sided 95% normal interval, Φ⁻¹(0.975), to double precision (R's `qnorm(0.975)`).
 * Written out rather than taken from simple-statistics' `probit(0.975)`: that uses an
 * approximate inverse error function and returns 1.95716, which would move every interval.
 */
export const Z95 = 1.959963984540054;

/** A mean with its standard error and normal 95% interval. */
export interface Estimate {
  mean: number;
  stdError: number;
  low95: number;
  high95: number;
}

/**
 * Mean of per-run values (or of the paired differences `values[i] − minus[i]` over the common
 * length: runs that used the same random stream, so the run-to-run noise cancels), with its
 * standard error √(s² / n) (s² the sample variance, n − 1 in the denominator) and the normal 95%
 * interval mean ± {@link Z95} × standard error. The mean and variance come from simple-statistics
 * (compensated summation, in index order: the same values always give the same bytes). With one
 * value the standard error is 0; with none every field is 0. O(n); not for per-visit loops.
 *
 * @example
 * estimate([1, 2, 3]); // { mean: 2, stdError: 0.577, low95: 0.868, high95: 3.132 }
 * estimate([2, 3, 5], [1, 2, 3]).mean; // 4 / 3
 */
export function estimate(values: ArrayLike<number>, minus?: ArrayLike<number>): Estimate {
  const n = minus === undefined ? values.length : Math.min(values.length, minus.length);
  if (n === 0) return { mean: 0, stdError: 0, low95: 0, high95: 0 };
  // simple-statistics takes plain arrays; one copy per estimate is O(n) beside the O(n) sums.
  const x = new Array<number>(n);
  for (let i = 0; i < n; i++) x[i] = minus === undefined ? values[i]! : values[i]! - minus[i]!;
  const m = mean(x);
  const stdError = n > 1 ? Math.sqrt(sampleVariance(x) / n) : 0;
  return { mean: m, stdError, low95: m - Z95 * stdError, high95: m + Z95 * stdError };
}
