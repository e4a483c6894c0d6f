import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { probit } from 'simple-statistics';
import { Z95, estimate } from '../../src/stats/estimate';

describe('estimate', () => {
  it('worked: 1, 2, 3 → mean 2, s² = (1 + 0 + 1) / 2 = 1, se = √(1/3) = 0.57735', () => {
    const e = estimate([1, 2, 3]);
    expect(e.mean).toBe(2);
    expect(e.stdError).toBeCloseTo(Math.sqrt(1 / 3), 15);
    // 2 ± 1.959964 × 0.57735 = 2 ± 1.131586.
    expect(e.low95).toBeCloseTo(0.868414, 6);
    expect(e.high95).toBeCloseTo(3.131586, 6);
  });

  it('worked, paired: (2,3,5) − (1,2,3): differences 1, 1, 2, mean 4/3, s² = 1/3, se 1/3', () => {
    const d = estimate([2, 3, 5], [1, 2, 3]);
    expect(d.mean).toBeCloseTo(4 / 3, 15);
    expect(d.stdError).toBeCloseTo(1 / 3, 15);
    expect(d.high95 - d.mean).toBeCloseTo(Z95 / 3, 12);
  });

  it('pairs over the common length, takes typed arrays, and handles 0 and 1 values', () => {
    expect(estimate(new Float64Array([4, 6, 100]), new Float64Array([1, 1])).mean).toBe(4);
    expect(estimate([7])).toEqual({ mean: 7, stdError: 0, low95: 7, high95: 7 });
    expect(estimate([])).toEqual({ mean: 0, stdError: 0, low95: 0, high95: 0 });
  });

  it('Z95 is Φ⁻¹(0.975); simple-statistics probit is only good to about 3e-3 there', () => {
    // Φ(1.959963984540054) = 0.975 (R: pnorm(1.959963984540054) = 0.975).
    expect(Math.abs(probit(0.975) - Z95)).toBeLessThan(3e-3);
    expect(Math.abs(probit(0.975) - Z95)).toBeGreaterThan(1e-4);
  });

  it('property: agrees with the two-pass textbook formula, exactly on integers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 60 }), (xs) => {
        const n = xs.length;
        let sum = 0;
        for (const x of xs) sum += x;
        const m = sum / n;
        let ss = 0;
        for (const x of xs) ss += (x - m) * (x - m);
        const se = Math.sqrt(ss / (n - 1) / n);
        const e = estimate(xs);
        expect(e.mean).toBe(m);
        expect(e.stdError).toBe(se);
        expect(e.low95).toBe(m - Z95 * se);
      }),
      { numRuns: 100 },
    );
  });

  it('property: the interval is symmetric, contains the mean, and a constant shift moves only the mean', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 40 }), (xs) => {
        const e = estimate(xs);
        expect(e.low95).toBeLessThanOrEqual(e.mean);
        expect(e.high95).toBeGreaterThanOrEqual(e.mean);
        expect(e.high95 - e.mean).toBeCloseTo(e.mean - e.low95, 12);
        const shifted = estimate(xs.map((x) => x + 3));
        expect(shifted.mean).toBeCloseTo(e.mean + 3, 12);
        expect(shifted.stdError).toBeCloseTo(e.stdError, 12);
      }),
      { numRuns: 100 },
    );
  });
});
