import { Z95 } from './defaults';

/** A mean with its 95% interval. */
export interface Estimate {
  mean: number;
  low95: number;
  high95: number;
}

/**
 * Estimate of `scale × p` from `hits` successes in `trials` Bernoulli trials, with the Wilson
 * score interval (Wilson 1927), which stays inside [0, scale] and is sound for p near 0 or 1.
 *
 * @example
 * proportionEstimate(50, 100, 10); // { mean: 5, low95: ≈4.03, high95: ≈5.97 }
 */
export function proportionEstimate(hits: number, trials: number, scale: number): Estimate {
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

/**
 * Mean of paired differences `b[i] − a[i]` with a normal 95% interval (common random numbers:
 * run i of both used the same random stream, so the run-to-run noise cancels).
 *
 * @example
 * pairedDifference([1, 2, 3], [2, 3, 5]); // { mean: 1.33, ... }
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): Estimate {
  const n = Math.min(a.length, b.length);
  if (n === 0) return { mean: 0, low95: 0, high95: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += b[i]! - a[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = b[i]! - a[i]! - mean;
    ss += d * d;
  }
  const se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : 0;
  return { mean, low95: mean - Z95 * se, high95: mean + Z95 * se };
}

/**
 * Mean of per-run values with a normal 95% interval.
 *
 * @example
 * meanEstimate([1, 2, 3]); // { mean: 2, low95: ≈0.87, high95: ≈3.13 }
 */
export function meanEstimate(values: ArrayLike<number>): Estimate {
  return pairedDifference(new Float64Array(values.length), values);
}
