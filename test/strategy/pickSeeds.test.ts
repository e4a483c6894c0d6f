import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph } from '../../src/graph/buildGraph';
import { pickSeeds } from '../../src/strategy/pickSeeds';
import type { PickSeedsOptions } from '../../src/strategy/schema';
import { simulateSpread } from '../../src/spread/simulateSpread';
import { CustomerEnergyError, InvalidOptionError, MissingOptionError } from '../../src/errors';
import { exactSpread, subsets } from './exactSpread';

const directed = (rows: [string | number, string | number, number][], customers?: (string | number)[]) =>
  buildGraph(
    rows.map(([source, target, probability]) => ({ source, target, probability })),
    { directed: true, ...(customers ? { customers, unknownIds: 'add' as const } : {}) },
  ).graph;

/** A random graph: n customers, up to 150 arcs, each to a random other with chance 1 / in-degree. */
function randomGraph(n: number, arcs: number, seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const rows = [];
  for (let i = 0; i < arcs; i++) {
    const a = Math.floor(next() * n);
    const b = Math.floor(next() * n);
    if (a !== b) rows.push({ source: a, target: b });
  }
  return buildGraph(rows, { directed: true }).graph;
}

describe('pickSeeds', () => {
  it('picks the head of a path: σ(a) = 1 + 0.5 + 0.25 = 1.75 beats σ(b) = 1.5 and σ(c) = 1', () => {
    const g = directed([
      ['a', 'b', 0.5],
      ['b', 'c', 0.5],
    ]);
    const r = pickSeeds(g, { k: 1, seed: 1 });
    expect(r.status).toBe('picked');
    expect(r.seeds.map((s) => s.customerId)).toEqual(['a']);
    expect(r.estimate.low95).toBeLessThanOrEqual(1.75);
    expect(r.estimate.high95).toBeGreaterThanOrEqual(1.75);
    expect(r.seeds[0]!.marginalGain).toBeCloseTo(1.75, 1);
  });

  it('picks the centre of a sure star; its estimate is exactly 6 (every set holds the centre)', () => {
    const g = directed([1, 2, 3, 4, 5].map((i) => ['c', `l${i}`, 1] as [string, string, number]));
    const r = pickSeeds(g, { k: 1, seed: 'star' });
    expect(r.seeds).toEqual([{ customerId: 'c', marginalGain: 6 }]);
    expect(r.estimate.mean).toBe(6);
  });

  it('property: the picks reach at least (1 − 1/e − ε) of the brute-force optimum', () => {
    const arb = fc.record({
      arcs: fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.double({ min: 0.05, max: 0.95, noNaN: true })), {
        minLength: 1,
        maxLength: 11,
      }),
      k: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(arb, ({ arcs, k, seed }) => {
        const rows = arcs.filter(([a, b]) => a !== b) as [number, number, number][];
        const g = directed(rows, [0, 1, 2, 3, 4, 5, 6]);
        if (g.size > 12) return;
        const r = pickSeeds(g, { k, seed });
        const picks = r.seeds.map((s) => g.indexOf(s.customerId));
        let best = 0;
        for (const s of subsets(g.order, k)) best = Math.max(best, exactSpread(g, s));
        expect(exactSpread(g, picks)).toBeGreaterThanOrEqual((1 - 1 / Math.E - 0.1) * best - 1e-9);
      }),
      { numRuns: 15 },
    );
  });

  it('matches the brute-force optimal pair on a graph where greedy-by-degree is wrong', () => {
    // h → x1..x3 with 0.5 each (σ(h) = 2.5); a → b → c → d sure (σ(a) = 4); e → f sure (σ(e) = 2).
    // Best pair: {a, h}: 4 + 2.5 = 6.5 (disjoint), greedy takes a (4) then h (2.5).
    const g = directed([
      ['h', 'x1', 0.5],
      ['h', 'x2', 0.5],
      ['h', 'x3', 0.5],
      ['a', 'b', 1],
      ['b', 'c', 1],
      ['c', 'd', 1],
      ['e', 'f', 1],
    ]);
    let best = 0;
    let bestSet: number[] = [];
    for (const s of subsets(g.order, 2)) {
      const v = exactSpread(g, s);
      if (v > best) [best, bestSet] = [v, s];
    }
    expect(best).toBeCloseTo(6.5, 10);
    const r = pickSeeds(g, { k: 2, seed: 3 });
    expect(r.seeds.map((s) => g.indexOf(s.customerId)).sort()).toEqual(bestSet.sort());
  });

  it('agrees with simulateSpread on the picked seeds within its interval', () => {
    const g = randomGraph(400, 2400, 11);
    const r = pickSeeds(g, { k: 5, seed: 5, epsilon: 0.2, model: 'classic-cascade' });
    const sim = simulateSpread(g, r.seeds.map((s) => ({ customerId: s.customerId, energy: 1 })), {
      seed: 9,
      runs: 4000,
      model: 'classic-cascade',
    });
    const m = sim.reach.positive.mean;
    const slack = 3 * sim.reach.positive.stdError;
    expect(m).toBeGreaterThanOrEqual(r.estimate.low95 - slack);
    expect(m).toBeLessThanOrEqual(r.estimate.high95 + slack);
  });

  // Each case: a graph, options, the seed that must be picked (if one must) and its exact
  // spread σ, which the estimate's 95% interval must hold.
  const cases: { name: string; rows: [string, string, number][]; options: PickSeedsOptions; seed?: string; sigma: number }[] = [
    // a → b with 0.4; level 1 and levelWeight 0.5 give sender factor 1.5, chance 0.6: σ(a) = 1.6.
    {
      name: "the 'cascade' model uses the spread engine's chances (sender level scales them)",
      rows: [['a', 'b', 0.4]],
      options: { k: 1, seed: 2, model: 'cascade', population: [{ customerId: 'a', level: 1 }] },
      seed: 'a',
      sigma: 1.6,
    },
    // Linear threshold with weights 0.5 (a → c) and 0.5 (b → c): σ({a}) = 1 + 0.5 = 1.5 (a or b).
    {
      name: "the 'threshold' model samples one in-neighbour by weight",
      rows: [['a', 'c', 0.5], ['b', 'c', 0.5]],
      options: { k: 1, seed: 2, model: 'threshold' },
      sigma: 1.5,
    },
    // Path a → b → c with 0.5 each: σ(a) = 1 + 0.5 + 0.25 = 1.75.
    {
      name: "finalSample 'extend' (the 2015 paper's reuse) picks the same head of the path",
      rows: [['a', 'b', 0.5], ['b', 'c', 0.5]],
      options: { k: 1, seed: 1, finalSample: 'extend' },
      seed: 'a',
      sigma: 1.75,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = pickSeeds(directed(c.rows), c.options);
      if (c.seed !== undefined) expect(r.seeds[0]!.customerId).toBe(c.seed);
      expect(r.estimate.low95).toBeLessThanOrEqual(c.sigma);
      expect(r.estimate.high95).toBeGreaterThanOrEqual(c.sigma);
    });
  }

  it('same seed, same picks and numbers', () => {
    const g = randomGraph(200, 1000, 4);
    const a = pickSeeds(g, { k: 4, seed: 'x', epsilon: 0.3 });
    const b = pickSeeds(g, { k: 4, seed: 'x', epsilon: 0.3 });
    expect(b).toEqual(a);
  });

  it('respects candidates (a predicate or a list)', () => {
    const g = directed([1, 2, 3, 4, 5].map((i) => ['c', `l${i}`, 1] as [string, string, number]));
    const r = pickSeeds(g, { k: 1, seed: 1, candidates: (id) => id !== 'c' });
    expect(r.seeds[0]!.customerId).not.toBe('c');
    const r2 = pickSeeds(g, { k: 2, seed: 1, candidates: new Set(['l2', 'l4']) });
    expect(r2.seeds.map((s) => s.customerId).sort()).toEqual(['l2', 'l4']);
  });

  it('weights the objective by size: reaching a big customer counts more', () => {
    // a → b and c → d, both sure; d weighs 10: σ_w(c) = 1 + 10 = 11 > σ_w(a) = 2.
    const g = directed([
      ['a', 'b', 1],
      ['c', 'd', 1],
    ]);
    const size = (id: string | number) => (id === 'd' ? 10 : 1);
    const r = pickSeeds(g, { k: 1, seed: 1, size });
    expect(r.seeds[0]!.customerId).toBe('c');
    expect(r.estimate.low95).toBeLessThanOrEqual(11);
    expect(r.estimate.high95).toBeGreaterThanOrEqual(11);
  });

  it('with a budget keeps the better of gain-per-cost and plain-gain greedy', () => {
    // x alone (cost 1, σ 1); h → 8 sure leaves (cost 10, σ 9; leaves cost 100); budget 10. Gain
    // per cost picks x first (1/1 > 9/10) and then cannot afford h: 1. Plain gain picks h: 9.
    const rows: [string, string, number][] = [];
    for (let i = 0; i < 8; i++) rows.push(['h', `l${i}`, 1]);
    const g = directed(rows, ['x', 'h']);
    const r = pickSeeds(g, { budget: 10, cost: (id) => (id === 'h' ? 10 : id === 'x' ? 1 : 100), seed: 1 });
    expect(r.seeds.map((s) => s.customerId)).toEqual(['h']);
    expect(r.rule).toBe('gain');
  });

  it('with a budget asks the cost of candidates only (a price list need not price staff)', () => {
    // Same graph as above; x is staff, not a candidate, and has no price (undefined). Only h is
    // affordable among the candidates h, l0..l7 (cost 10 ≤ 10): it is picked, reaching 9.
    const rows: [string, string, number][] = [];
    for (let i = 0; i < 8; i++) rows.push(['h', `l${i}`, 1]);
    const g = directed(rows, ['x', 'h']);
    const price = new Map<unknown, number>([['h', 10], ...rows.map(([, l]) => [l, 100] as [string, number])]);
    const r = pickSeeds(g, { budget: 10, cost: (id) => price.get(id)!, candidates: (id) => id !== 'x', seed: 1 });
    expect(r.seeds.map((s) => s.customerId)).toEqual(['h']);
    // A candidate without a price is still misuse, with its index in the path.
    expect(() => pickSeeds(g, { budget: 10, cost: (id) => price.get(id)!, seed: 1 })).toThrow(InvalidOptionError);
  });

  it('bad input: named errors or an explained empty result, never a hang', () => {
    const g = directed([['a', 'b', 0.5]]);
    expect(() => pickSeeds(g, { k: 3, seed: 1 })).toThrow(InvalidOptionError);
    expect(() => pickSeeds(g, { k: 0, seed: 1 })).toThrow(InvalidOptionError);
    for (const epsilon of [0, 1, 1.5, -0.1, Number.NaN]) {
      expect(() => pickSeeds(g, { k: 1, seed: 1, epsilon })).toThrow(InvalidOptionError);
    }
    expect(() => pickSeeds(g, { k: 1 } as never)).toThrow(MissingOptionError);
    expect(() => pickSeeds(g, { seed: 1 })).toThrow(MissingOptionError);
    expect(() => pickSeeds(g, { k: 1, budget: 2, seed: 1 })).toThrow(InvalidOptionError);
    const empty = buildGraph([]).graph;
    try {
      pickSeeds(empty, { k: 1, seed: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CustomerEnergyError);
      expect((e as CustomerEnergyError).code).toBe('E_EMPTY_GRAPH');
    }
    const poor = pickSeeds(g, { budget: 1, cost: () => 5, seed: 1 });
    expect(poor.status).toBe('budget-below-every-cost');
    expect(poor.seeds).toEqual([]);
    // A misspelt option is misuse, not silently the default (epsilom: ε stayed 0.1).
    expect(() => pickSeeds(g, { k: 1, seed: 1, epsilom: 0.05 } as never)).toThrow(expect.objectContaining({ code: 'E_OPTION_INVALID', path: ['options', 'epsilom'] }));
    const none = pickSeeds(g, { k: 1, seed: 1, candidates: () => false });
    expect(none.status).toBe('no-candidates');
  });

  it('a graph without ties caps the sample instead of running away, and says so', () => {
    const g = buildGraph([], { customers: Array.from({ length: 50 }, (_, i) => i) }).graph;
    const r = pickSeeds(g, { k: 2, seed: 1, maxSamples: 5000 });
    expect(r.seeds).toHaveLength(2);
    expect(r.guarantee.met).toBe(false);
  });
});

describe('pickSeeds result shape', () => {
  it('matches PickSeedsResultSchema', async () => {
    const { PickSeedsResultSchema } = await import('../../src/strategy/schema');
    const g = randomGraph(50, 200, 1);
    expect(() => PickSeedsResultSchema.parse(pickSeeds(g, { k: 3, seed: 1, epsilon: 0.3 }))).not.toThrow();
    expect(() => PickSeedsResultSchema.parse(pickSeeds(g, { budget: 0.5, seed: 1 }))).not.toThrow();
  });
});
