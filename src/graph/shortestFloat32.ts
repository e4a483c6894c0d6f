/**
 * The shortest decimal that a 32-bit float stands for, as a number: arc probabilities and trust
 * are stored as float32 (half the memory of doubles), so 0.3 is held as 0.30000001192092896; this
 * gives 0.3 back for exports and interop, the value the user wrote. A float32 has at most 9
 * significant digits (IEEE 754: ⌈24 log10 2⌉ + 1), so the loop ends by 9. Non-finite values and
 * numbers that are not float32 come back unchanged. O(1).
 *
 * @example
 * shortestFloat32(Math.fround(0.3)); // 0.3
 * shortestFloat32(new Float32Array([0.02])[0]); // 0.02
 */
export function shortestFloat32(x: number): number {
  if (!Number.isFinite(x) || Math.fround(x) !== x) return x;
  for (let digits = 1; digits < 9; digits++) {
    const d = Number(x.toPrecision(digits));
    if (Math.fround(d) === x) return d;
  }
  return Number(x.toPrecision(9));
}
