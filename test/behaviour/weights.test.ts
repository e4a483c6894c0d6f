import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BEHAVIOUR_DEFAULTS } from '../../src/behaviour/defaults';
import { expectationGapWeight } from '../../src/behaviour/expectationGapWeight';
import { responseWeight } from '../../src/behaviour/responseWeight';

describe('responseWeight', () => {
  it('follows the documented curve', () => {
    // w(m) = 0.5 × (1 − log2(1 + m/60)), clamped to [−1.5, 0.5]
    expect(responseWeight(0)).toBe(0.5);
    // 15 min: log2(1.25) = 0.321928 → 0.5 × 0.678072 = 0.339036
    expect(responseWeight(15)).toBeCloseTo(0.339036, 6);
    expect(responseWeight(60)).toBe(0);
    // 4 h: log2(5) = 2.321928 → 0.5 × −1.321928 = −0.660964
    expect(responseWeight(240)).toBeCloseTo(-0.660964, 6);
    // 8 h: log2(9) = 3.169925 → −1.084963
    expect(responseWeight(480)).toBeCloseTo(-1.084963, 6);
    // the floor from 15 h (log2(16) = 4 → −1.5)
    expect(responseWeight(900)).toBeCloseTo(-1.5, 12);
    expect(responseWeight(10_000)).toBe(-1.5);
  });

  it('never rises with the minutes taken', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(responseWeight(lo)).toBeGreaterThanOrEqual(responseWeight(hi));
      }),
      { numRuns: 200 },
    );
  });
});

describe('expectationGapWeight', () => {
  it('weighs a missed promise more than a beaten one (loss aversion)', () => {
    expect(expectationGapWeight(0)).toBe(0);
    // a day early: 0.25 × 1^0.88 = 0.25; a day late: −2.25 × 0.25 = −0.5625
    expect(expectationGapWeight(1)).toBeCloseTo(0.25, 12);
    expect(expectationGapWeight(-1)).toBeCloseTo(-0.5625, 12);
    // two days late: −0.5625 × 2^0.88 = −0.5625 × 1.840375 = −1.035211
    expect(expectationGapWeight(-2)).toBeCloseTo(-1.035211, 5);
    // beating by a lot is capped at 0.5, missing by a lot at −2
    expect(expectationGapWeight(30)).toBe(0.5);
    expect(expectationGapWeight(-19)).toBe(-2);
  });

  it('is asymmetric for every gap and monotone', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 60, noNaN: true }), (x) => {
        expect(-expectationGapWeight(-x)).toBeGreaterThan(expectationGapWeight(x));
        expect(expectationGapWeight(x + 1)).toBeGreaterThanOrEqual(expectationGapWeight(x));
      }),
      { numRuns: 200 },
    );
  });

  it('uses the gap defaults given', () => {
    const gap = { ...BEHAVIOUR_DEFAULTS.gap, lossAversion: 1 };
    expect(expectationGapWeight(-1, gap)).toBeCloseTo(-0.25, 12);
  });
});
