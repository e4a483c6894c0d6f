const SCALE = 4294967296;

/**
 * Round a term to a multiple of 2^−32 before it is added to a sum. Sums of such terms are exact
 * while |sum| < 2^20, so addition becomes associative and a reading does not depend on the order
 * of its events, to the last bit. The rounding error (< 1.2e−10 per term) is far below any
 * displayed precision. O(1).
 *
 * @example
 * fixedPoint(0.1) + fixedPoint(0.2) + fixedPoint(0.3) === fixedPoint(0.3) + fixedPoint(0.2) + fixedPoint(0.1); // true
 */
export function fixedPoint(x: number): number {
  return Math.round(x * SCALE) / SCALE;
}
