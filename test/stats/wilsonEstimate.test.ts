import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilsonEstimate } from '../../src/stats/wilsonEstimate';

describe('wilsonEstimate', () => {
  it('worked: 50 of 100, scale 10', () => {
    // z = 1.96, z² = 3.8415; centre (0.5 + z²/200) / (1 + z²/100) = 0.5;
    // half = 1.96 √(0.0025 + z²/40000) / 1.038415 = 0.096171 → [0.40383, 0.59617] × 10.
    const e = wilsonEstimate(50, 100, 10);
    expect(e.mean).toBe(5);
    expect(e.low95).toBeCloseTo(4.0383, 3);
    expect(e.high95).toBeCloseTo(5.9617, 3);
  });

  it('worked: 0 of 20 stays at 0 below and reaches z² / (20 + z²) = 0.1611 above', () => {
    const e = wilsonEstimate(0, 20, 1);
    expect(e.mean).toBe(0);
    expect(e.low95).toBe(0);
    expect(e.high95).toBeCloseTo(3.8415 / 23.8415, 4);
  });

  it('no trials: all zero', () => {
    expect(wilsonEstimate(0, 0, 5)).toEqual({ mean: 0, low95: 0, high95: 0 });
  });

  it('property: inside [0, scale] and around the mean', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 1e4, noNaN: true }), (trials, f, scale) => {
        const hits = Math.round(f * trials);
        const e = wilsonEstimate(hits, trials, scale);
        expect(e.low95).toBeGreaterThanOrEqual(0);
        expect(e.high95).toBeLessThanOrEqual(scale);
        expect(e.low95).toBeLessThanOrEqual(e.mean + 1e-9 * scale);
        expect(e.high95).toBeGreaterThanOrEqual(e.mean - 1e-9 * scale);
      }),
      { numRuns: 100 },
    );
  });
});
