import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RrStore } from '../../src/strategy/RrStore';
import { selectMaxCoverage } from '../../src/strategy/selectMaxCoverage';
import { MaxHeap } from '../../src/strategy/MaxHeap';
import { logBinomial, immBounds } from '../../src/strategy/immBounds';
import { subsets } from './exactSpread';

function storeOf(sets: number[][]): RrStore {
  const s = new RrStore(4, 2);
  for (const set of sets) {
    s.reserve(set.length);
    for (const v of set) s.nodes[s.length++] = v;
    s.close();
  }
  return s;
}

describe('selectMaxCoverage', () => {
  it('worked example: {0,1}, {1,2}, {1}, {3}: picks 1 (covers 3 sets) then 3', () => {
    const r = selectMaxCoverage(storeOf([[0, 1], [1, 2], [1], [3]]), 4, null, { k: 2 });
    expect(r.nodes).toEqual([1, 3]);
    expect(r.gains).toEqual([3, 1]);
    expect(r.covered).toBe(4);
  });

  it('property: greedy covers at least (1 − 1/e) of the best k-set (Nemhauser et al. 1978)', () => {
    const arb = fc.record({
      sets: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 25 }),
      k: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ sets, k }) => {
        const r = selectMaxCoverage(storeOf(sets), 8, null, { k });
        let best = 0;
        for (const s of subsets(8, k)) best = Math.max(best, sets.filter((set) => set.some((v) => s.includes(v))).length);
        expect(r.covered).toBeGreaterThanOrEqual((1 - 1 / Math.E) * best - 1e-9);
        expect(r.covered).toBe(sets.filter((set) => set.some((v) => r.nodes.includes(v))).length);
      }),
      { numRuns: 60 },
    );
  });

  it('never picks outside the allowed mask and never exceeds the budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.double({ min: 0.5, max: 5, noNaN: true }), { minLength: 6, maxLength: 6 }),
        fc.double({ min: 0.5, max: 8, noNaN: true }),
        (sets, costs, budget) => {
          const allowed = Uint8Array.from([1, 0, 1, 1, 0, 1]);
          const r = selectMaxCoverage(storeOf(sets), 6, allowed, { budget, cost: Float64Array.from(costs) });
          for (const v of r.nodes) expect(allowed[v]).toBe(1);
          expect(r.nodes.reduce((s, v) => s + costs[v]!, 0)).toBeLessThanOrEqual(budget + 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('MaxHeap', () => {
  it('pops in descending score, ties by the smaller item', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (scores) => {
        const h = new MaxHeap(scores.length);
        scores.forEach((s, i) => h.push(s, i));
        const out: number[] = [];
        while (h.size > 0) out.push(h.pop());
        const expected = scores.map((s, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
        expect(out).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});

describe('bounds', () => {
  it('ln C(n, k) and the IMM constants, worked for n = 1000, k = 50, ε = 0.1, ℓ = 1', () => {
    // ln C(10, 3) = ln 120.
    expect(logBinomial(10, 3)).toBeCloseTo(Math.log(120), 12);
    const b = immBounds(1000, 1000, 50, 1000, 0.1, 1);
    // ℓ' = 1 + ln 2 / ln 1000 = 1.100343; ε' = 0.141421.
    expect(b.ell).toBeCloseTo(1 + Math.LN2 / Math.log(1000), 12);
    expect(b.epsilonPrime).toBeCloseTo(0.1414214, 6);
    // Independently in Python with math.lgamma: ln C(1000, 50) = 195.66427, λ′ = 21,525,472.4,
    // λ* = 34,716,326.1 (equations 6 and 9 of Tang et al. 2015).
    expect(logBinomial(1000, 50)).toBeCloseTo(195.66427, 4);
    expect(b.lambdaPrime / 21_525_472.444).toBeCloseTo(1, 8);
    expect(b.lambdaStar / 34_716_326.112).toBeCloseTo(1, 8);
  });
});
