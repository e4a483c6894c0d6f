import { Z95 } from './estimate';

/** A mean with its 95% interval. */
export interface IntervalEstimate {
  mean: number;
  low95: number;
  high95: number;
}

/**
 * Estimate of `scale × p` from `hits` successes in `trials` Bernoulli trials, with the Wilson
 * score interval (E. B. Wilson 1927, "Probable inference, the law of succession, and statistical
 * inference", JASA 22: 209-212), which stays inside [0, scale] and is sound for p near 0 or 1.
 * Written by hand: simple-statistics has no binomial proportion interval. With no trials every
 * field is 0. O(1).
 *
 * @example
 * wilsonEstimate(50, 100, 10); // { mean: 5, low95: ≈4.04, high95: ≈5.96 }
 */
export function wilsonEstimate(hits: number, trials: number, scale: number): IntervalEstimate {
  if (trials <= 0) return { mean: 0, low95: 0, high95: 0 };
  const p = hits / trials;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return {
    mean: scale * p,
    low95: scale * Math.max(0, centre - half),
    high95: scale * Math.min(1, centre + half),
  };
}
