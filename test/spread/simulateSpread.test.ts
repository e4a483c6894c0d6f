import { describe, expect, it } from 'vitest';
import { simulateSpread } from '../../src/spread/simulateSpread';
import { SpreadResultSchema } from '../../src/spread/schema';
import { exactReach } from './exactReach';
import { directed, near, prob } from './helpers';

describe('simulateSpread: exact expected reach on small graphs (computed by hand)', () => {
  it('path a → b → c: 1 + p1 + p1·p2', () => {
    // 1 + 0.5 + 0.5 × 0.4 = 1.7
    const g = directed([['a', 'b', 0.5], ['b', 'c', 0.4]]);
    const r = simulateSpread(g, [{ customerId: 'a', energy: 1 }], { seed: 1, runs: 20_000, model: 'classic-cascade' });
    expect(SpreadResultSchema.parse(r)).toEqual(r);
    near(r.reach.positive, 1.7);
    expect(r.reach.negative.mean).toBe(0);
    expect(r.reach.positive.low95).toBeLessThan(1.7);
    expect(r.reach.positive.high95).toBeGreaterThan(1.7);
    // by round: round 0 the origin; round 1 adds p1 = 0.5; round 2 adds 0.2.
    expect(r.byRound.map((x) => x.round)).toEqual([0, 1, 2]);
    expect(r.byRound[0]!.positive).toBe(1);
    expect(Math.abs(r.byRound[1]!.positive - 1.5)).toBeLessThan(0.02);
    expect(Math.abs(prob(r, 'c').positive - 0.2)).toBeLessThan(0.015);
  });

  it('star: centre with four leaves at 0.3 reaches 1 + 4 × 0.3 = 2.2', () => {
    const g = directed([['o', 'l1', 0.3], ['o', 'l2', 0.3], ['o', 'l3', 0.3], ['o', 'l4', 0.3]]);
    const r = simulateSpread(g, [{ customerId: 'o', energy: 1 }], { seed: 2, runs: 20_000, model: 'classic-cascade' });
    near(r.reach.positive, 2.2);
    for (const l of ['l1', 'l2', 'l3', 'l4']) expect(Math.abs(prob(r, l).positive - 0.3)).toBeLessThan(0.015);
  });

  it('triangle a→b, a→c, b→c at 0.5: 1 + 0.5 + (1 − 0.5 × (1 − 0.25)) = 2.125', () => {
    const g = directed([['a', 'b', 0.5], ['a', 'c', 0.5], ['b', 'c', 0.5]]);
    const r = simulateSpread(g, [{ customerId: 'a', energy: 1 }], { seed: 3, runs: 20_000, model: 'classic-cascade' });
    near(r.reach.positive, 2.125);
    expect(exactReach(g, [0]).reach).toBeCloseTo(2.125, 6); // the enumeration oracle agrees with the hand figure
  });

  it('linear threshold on the same triangle: c joins with chance 0.5 + 0.5 × 0.5, reach 2.25', () => {
    // weights into c sum to 1: θ_c ≤ 0.5 after a (0.5), and always once b joins (P 0.5).
    const g = directed([['a', 'b', 0.5], ['a', 'c', 0.5], ['b', 'c', 0.5]]);
    const r = simulateSpread(g, [{ customerId: 'a', energy: 1 }], { seed: 4, runs: 20_000, model: 'threshold' });
    near(r.reach.positive, 2.25);
  });

  it('threshold weights summing above 1 are normalised: two arcs of 0.8 into c act as 0.5 each', () => {
    // a and b both origins: total pressure 1 ≥ θ always → c always joins; reach exactly 3.
    const g = directed([['a', 'c', 0.8], ['b', 'c', 0.8]]);
    const r = simulateSpread(g, [{ customerId: 'a', energy: 1 }], { seed: 5, runs: 2000, model: 'threshold' });
    near(r.reach.positive, 1.5); // only a: c joins when θ ≤ 0.5
    const both = simulateSpread(g, [{ customerId: 'a', energy: 1 }, { customerId: 'b', energy: 1 }], { seed: 5, runs: 200, model: 'threshold' });
    expect(both.reach.positive.mean).toBe(3);
  });

  it('maxRounds stops the cascade: a path with chance 1 and 1 round reaches 2', () => {
    const g = directed([['a', 'b', 1], ['b', 'c', 1], ['c', 'd', 1]]);
    const r = simulateSpread(g, [{ customerId: 'a', energy: 1 }], { seed: 1, runs: 10, maxRounds: 1 });
    expect(r.reach.total.mean).toBe(2);
    expect(simulateSpread(g, [{ customerId: 'a', energy: 1 }], { seed: 1, runs: 10, maxRounds: 0 }).reach.total.mean).toBe(1);
    expect(simulateSpread(g, [{ customerId: 'a', energy: 1 }], { seed: 1, runs: 10 }).reach.total.mean).toBe(4);
  });

  it('records one sampled cascade as a tree of who told whom', () => {
    const g = directed([['a', 'b', 1], ['b', 'c', 1], ['a', 'd', 0]]);
    const r = simulateSpread(g, [{ customerId: 'a', energy: 0.5 }], { seed: 1, runs: 3, cascadeTree: true });
    expect(r.cascade).toEqual([
      { customerId: 'a', toldBy: null, round: 0, polarity: 'positive' },
      { customerId: 'b', toldBy: 'a', round: 1, polarity: 'positive' },
      { customerId: 'c', toldBy: 'b', round: 2, polarity: 'positive' },
    ]);
    expect(simulateSpread(g, [{ customerId: 'a', energy: 0.5 }], { seed: 1, runs: 3 }).cascade).toBeUndefined();
  });

  it('size-weighted energy: Σ size × |origin energy| of the customers reached', () => {
    // a (energy 0.5) → b with chance 1; sizes a 2, b 4 (c unknown: 1). Energy = 0.5 × 2 + 0.5 × 4 = 3.
    const g = directed([['a', 'b', 1], ['x', 'c', 1]]);
    const r = simulateSpread(g, [{ customerId: 'a', energy: 0.5 }], {
      seed: 1,
      runs: 5,
      sizeExponent: 0,
      population: [{ customerId: 'a', size: 2 }, { customerId: 'b', size: 4 }],
    });
    expect(r.energy.positive.mean).toBe(3);
    expect(r.energy.net.mean).toBe(3);
    expect(r.energy.negative.mean).toBe(0);
  });
});
