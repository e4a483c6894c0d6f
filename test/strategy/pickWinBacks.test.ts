import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph';
import { pickWinBacks } from '../../src/strategy/pickWinBacks';
import { compareScenarios } from '../../src/strategy/compareScenarios';
import { CustomerEnergyError, MissingOptionError } from '../../src/errors';
import { PickWinBacksResultSchema } from '../../src/strategy/winBacksSchema';

const directed = (rows: [string, string, number][], customers: string[] = []) =>
  buildGraph(
    rows.map(([source, target, probability]) => ({ source, target, probability })),
    { directed: true, customers, unknownIds: 'add' },
  ).graph;

// Negatives A and B both tell c (sure), c tells d (sure); e hears nothing. Five customers.
const sure = directed(
  [
    ['A', 'c', 1],
    ['B', 'c', 1],
    ['c', 'd', 1],
  ],
  ['e'],
);
const negatives = [
  { customerId: 'A', energy: -0.8 },
  { customerId: 'B', energy: -0.6 },
  { customerId: 'e', energy: 0.5 },
];

describe('pickWinBacks', () => {
  it('worked example: recovering A or B avoids only themselves; blocking c avoids c and d', () => {
    // Roots uniform over 5 customers, W = 5. Root A: set {A}, A alone is negative → A's credit;
    // root B likewise; roots c and d: both A and B in the set, so neither alone avoids them.
    // Blocking c cuts every path to c and d: 5 × 2/5 = 2; blocking d: 5 × 1/5 = 1.
    const r = pickWinBacks(sure, negatives, { seed: 1, model: 'classic-cascade', samples: 20_000 });
    expect(r.negativeCustomers).toBe(2);
    expect(r.negativeReach.low95).toBeLessThanOrEqual(4);
    expect(r.negativeReach.high95).toBeGreaterThanOrEqual(4);
    for (const w of r.winBacks) {
      expect(w.negativeReachAvoided.low95).toBeLessThanOrEqual(1);
      expect(w.negativeReachAvoided.high95).toBeGreaterThanOrEqual(1);
    }
    expect(r.blockers.map((b) => b.customerId)).toEqual(['c', 'd']);
    expect(() => PickWinBacksResultSchema.parse(r)).not.toThrow();
    expect(r.blockers[0]!.negativeReachAvoided.low95).toBeLessThanOrEqual(2);
    expect(r.blockers[0]!.negativeReachAvoided.high95).toBeGreaterThanOrEqual(2);
  });

  it('weights by size: a big customer behind A makes recovering A worth more', () => {
    // A → x (sure), x weighs 10: recovering A avoids A and x: 1 + 10 = 11 of W = 15.
    const g = directed(
      [
        ['A', 'x', 1],
        ['B', 'y', 1],
      ],
      [],
    );
    const r = pickWinBacks(
      g,
      [
        { customerId: 'A', energy: -0.5 },
        { customerId: 'B', energy: -0.9 },
        { customerId: 'x', energy: 0, size: 10 },
      ],
      { seed: 2, model: 'classic-cascade', samples: 20_000 },
    );
    expect(r.winBacks[0]!.customerId).toBe('A');
    expect(r.winBacks[0]!.negativeReachAvoided.low95).toBeLessThanOrEqual(11);
    expect(r.winBacks[0]!.negativeReachAvoided.high95).toBeGreaterThanOrEqual(11);
    expect(r.blockers[0]!.customerId).toBe('x');
  });

  it('agrees with a paired simulation of recovering the top customer', () => {
    // Uncertain chances: the RR estimate must match compareScenarios' paired difference.
    const rows: [string, string, number][] = [];
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    for (let i = 0; i < 30; i++) for (const d of [1, 3, 7]) rows.push([ids[i]!, ids[(i + d) % 30]!, 0.3]);
    const g = directed(rows);
    const readings = [0, 10, 20].map((i) => ({ customerId: ids[i]!, energy: -0.7 }));
    const knobs = { negativityBias: 1, levelWeight: 0, sizeExponent: 0 };
    const r = pickWinBacks(g, readings, { seed: 4, samples: 40_000, ...knobs });
    const top = r.winBacks[0]!;
    const c = compareScenarios(g, readings, [{ name: 'recover top', recover: [top.customerId] }], { seed: 5, runs: 4000, ...knobs });
    const d = c.scenarios[0]!.difference.negative;
    const halfSim = (d.high95 - d.low95) / 2;
    const halfRr = (top.negativeReachAvoided.high95 - top.negativeReachAvoided.low95) / 2;
    expect(Math.abs(-d.mean - top.negativeReachAvoided.mean)).toBeLessThanOrEqual(1.5 * (halfSim + halfRr));
  });

  it('blockerCandidates restricts who may be inoculated', () => {
    const r = pickWinBacks(sure, negatives, { seed: 1, model: 'classic-cascade', samples: 5000, blockerCandidates: ['d', 'e'] });
    expect(r.blockers.map((b) => b.customerId)).toEqual(['d']);
  });

  it('same seed, same lists', () => {
    const a = pickWinBacks(sure, negatives, { seed: 'q', samples: 2000 });
    expect(pickWinBacks(sure, negatives, { seed: 'q', samples: 2000 })).toEqual(a);
  });

  it('reports bad readings as issues and still ranks the good ones', () => {
    const r = pickWinBacks(
      sure,
      [...negatives, { customerId: 'zz', energy: -1 }, { customerId: 'A', energy: 3 }, null as never],
      { seed: 1, samples: 1000 },
    );
    expect(r.issues.map((i) => [i.index, i.code])).toEqual([
      [3, 'unknown-customer'],
      [4, 'invalid-energy'],
      [5, 'not-an-object'],
    ]);
    expect(r.winBacks).toHaveLength(2);
  });

  it('bad input: no seed, an empty graph; no negative customer gives empty lists', () => {
    expect(() => pickWinBacks(sure, negatives, {} as never)).toThrow(MissingOptionError);
    expect(() => pickWinBacks(buildGraph([]).graph, negatives, { seed: 1 })).toThrow(CustomerEnergyError);
    // 'sample' for 'samples' is misuse: it ran the default 100,000 sets.
    expect(() => pickWinBacks(sure, negatives, { seed: 1, sample: 10 } as never)).toThrow(expect.objectContaining({ code: 'E_OPTION_INVALID', path: ['options', 'sample'] }));
    const r = pickWinBacks(sure, [{ customerId: 'A', energy: 0.2 }], { seed: 1 });
    expect(r).toMatchObject({ winBacks: [], blockers: [], negativeCustomers: 0, samples: 0 });
  });
});
