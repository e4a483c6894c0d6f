import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph';
import { compareScenarios } from '../../src/strategy/compareScenarios';
import { CompareScenariosResultSchema } from '../../src/strategy/scenarioSchema';
import { InvalidInputError, InvalidOptionError, MissingOptionError, UnknownCustomerError } from '../../src/errors';

// A ring of 40 customers with online ties to the next two and kin ties to the one after 5.
const rows = [];
for (let i = 0; i < 40; i++) {
  rows.push({ source: i, target: (i + 1) % 40, kind: 'online' as const, probability: 0.25, directed: true });
  rows.push({ source: i, target: (i + 2) % 40, kind: 'online' as const, probability: 0.25, directed: true });
  rows.push({ source: i, target: (i + 5) % 40, kind: 'kin' as const, probability: 0.3, directed: true });
}
const { graph } = buildGraph(rows);
const origins = [
  { customerId: 0, energy: -0.9 },
  { customerId: 20, energy: -0.5 },
  { customerId: 10, energy: 0.8 },
];

describe('compareScenarios', () => {
  const r = compareScenarios(
    graph,
    origins,
    [
      { name: 'recover both', recover: [0, 20] },
      { name: 'nothing changes', chargeScale: 1 },
      { name: 'faster response', chargeScale: 0.5 },
      { name: 'no ties at all', removeTieKinds: ['online', 'kin'] },
      { name: 'silence the promoter', incentives: [{ customerId: 10, boost: 0 }] },
    ],
    { seed: 3, runs: 600 },
  );
  const by = Object.fromEntries(r.scenarios.map((s) => [s.name, s]));

  it('matches CompareScenariosResultSchema', () => {
    expect(() => CompareScenariosResultSchema.parse(r)).not.toThrow();
  });

  it('recovering every negative origin removes all negative reach, run by run', () => {
    expect(by['recover both']!.negative.mean).toBe(0);
    expect(by['recover both']!.difference.negative.mean).toBeCloseTo(-r.baseline.negative.mean, 10);
    expect(by['recover both']!.difference.positive.mean).toBeGreaterThan(0);
  });

  it('an unchanged scenario differs by exactly 0 with a zero-width interval (common random numbers)', () => {
    expect(by['nothing changes']!.difference.negative).toEqual({ mean: 0, low95: 0, high95: 0 });
    expect(by['nothing changes']!.difference.positive).toEqual({ mean: 0, low95: 0, high95: 0 });
  });

  it('a faster response lowers negative reach (halved level lowers the sender chance)', () => {
    expect(by['faster response']!.difference.negative.high95).toBeLessThan(0);
  });

  it('removing every tie leaves only the origins: 1 positive, 2 negative', () => {
    expect(by['no ties at all']!.positive.mean).toBe(1);
    expect(by['no ties at all']!.negative.mean).toBe(2);
  });

  it('a boost of 0 stops the positive origin telling anyone', () => {
    expect(by['silence the promoter']!.positive.mean).toBe(1);
  });

  it('paired differences are tighter than the spread of either scenario', () => {
    const d = by['faster response']!.difference.negative;
    const b = r.baseline.negative;
    expect(d.high95 - d.low95).toBeLessThan(Math.SQRT2 * (b.high95 - b.low95));
  });

  it('a population given as a one-shot iterable (a generator) reaches every scenario, not only the baseline', () => {
    // Customer 10 (the promoter) is big and intense: sender factor (1 − 0.5 + 2·0.5·1) × √(10 / 5.5)
    // ≈ 2.02 against 1 for the others. An unchanged scenario must still differ by exactly 0: it runs
    // on the same streams with the same readings. Were the generator used up by the baseline, the
    // scenario would run with factor 1 and reach fewer (a difference below 0).
    function* population() {
      yield { customerId: 10, level: 1, size: 10 };
      yield { customerId: 11, level: 0.5, size: 1 };
    }
    const g = compareScenarios(graph, origins, [{ name: 'same' }], { seed: 3, runs: 300, population: population() });
    expect(g.scenarios[0]!.difference.positive).toEqual({ mean: 0, low95: 0, high95: 0 });
    expect(g.scenarios[0]!.difference.negative).toEqual({ mean: 0, low95: 0, high95: 0 });
    expect(g.scenarios[0]!.difference.netEnergy).toEqual({ mean: 0, low95: 0, high95: 0 });
  });

  it('bad input: missing seed, duplicate names, unknown customers; a non-origin recovery is a warning', () => {
    expect(() => compareScenarios(graph, origins, [], {} as never)).toThrow(MissingOptionError);
    expect(() => compareScenarios(graph, origins, [{ name: 'a' }, { name: 'a' }], { seed: 1, runs: 10 })).toThrow(InvalidOptionError);
    expect(() => compareScenarios(graph, origins, [{ name: 'a', recover: [999] }], { seed: 1, runs: 10 })).toThrow(UnknownCustomerError);
    // Misspelt keys: a scenario 'recovr' changed nothing (difference 0), 'run' ran the default 1,000.
    expect(() => compareScenarios(graph, origins, [{ name: 'a', recovr: [0] } as never], { seed: 1, runs: 10 })).toThrow(InvalidInputError);
    expect(() => compareScenarios(graph, origins, [], { seed: 1, run: 10 } as never)).toThrow(InvalidOptionError);
    const w = compareScenarios(graph, origins, [{ name: 'a', recover: [5] }], { seed: 1, runs: 10 });
    expect(w.issues.map((i) => i.code)).toEqual(['not-a-negative-origin']);
  });
});
