import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError, MissingOptionError, UnknownCustomerError } from '../../src/errors';
import { buildGraph } from '../../src/graph/buildGraph';
import { simulateSpread } from '../../src/spread/simulateSpread';

const { graph } = buildGraph([{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }]);
const o = [{ customerId: 'a', energy: 0.5 }];

const throwsWith = (fn: () => unknown, cls: new (...a: never[]) => Error, path: (string | number)[]) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(cls);
    expect((e as { path: unknown }).path).toEqual(path);
    return;
  }
  throw new Error('expected a throw');
};

describe('simulateSpread: bad input', () => {
  it('requires a seed', () => {
    throwsWith(() => simulateSpread(graph, o, {} as never), MissingOptionError, ['options', 'seed']);
    throwsWith(() => simulateSpread(graph, o, undefined as never), MissingOptionError, ['options']);
    throwsWith(() => simulateSpread(graph, o, { seed: Number.NaN }), InvalidOptionError, ['options', 'seed']);
  });

  it('rejects 0, fractional or NaN runs and invalid maxRounds', () => {
    for (const runs of [0, -1, 1.5, Number.NaN, Infinity]) throwsWith(() => simulateSpread(graph, o, { seed: 1, runs }), InvalidOptionError, ['options', 'runs']);
    for (const maxRounds of [-1, 0.5, Number.NaN, -Infinity]) {
      throwsWith(() => simulateSpread(graph, o, { seed: 1, maxRounds }), InvalidOptionError, ['options', 'maxRounds']);
    }
    throwsWith(() => simulateSpread(graph, o, { seed: 1, model: 'sir' as never }), InvalidOptionError, ['options', 'model']);
    throwsWith(() => simulateSpread(graph, o, { seed: 1, negativityBias: Number.NaN }), InvalidOptionError, ['options', 'negativityBias']);
    throwsWith(() => simulateSpread(graph, o, { seed: 1, levelWeight: 2 }), InvalidOptionError, ['options', 'levelWeight']);
    throwsWith(() => simulateSpread(graph, o, { seed: 1, sizeExponent: -1 }), InvalidOptionError, ['options', 'sizeExponent']);
  });

  it('names a misspelt option instead of running on its default', () => {
    throwsWith(() => simulateSpread(graph, o, { seed: 1, run: 10 } as never), InvalidOptionError, ['options', 'run']);
  });

  it('rejects NaN or out-of-range energy, level and size on origins', () => {
    throwsWith(() => simulateSpread(graph, [{ customerId: 'a', energy: Number.NaN }], { seed: 1 }), InvalidInputError, ['origins', 0, 'energy']);
    throwsWith(() => simulateSpread(graph, [{ customerId: 'a', energy: 1.5 }], { seed: 1 }), InvalidInputError, ['origins', 0, 'energy']);
    throwsWith(() => simulateSpread(graph, [{ customerId: 'a', energy: 1, level: 2 }], { seed: 1 }), InvalidInputError, ['origins', 0, 'level']);
    throwsWith(() => simulateSpread(graph, [{ customerId: 'a', energy: 1, size: -1 }], { seed: 1 }), InvalidInputError, ['origins', 0, 'size']);
    throwsWith(() => simulateSpread(graph, 42 as never, { seed: 1 }), InvalidInputError, ['origins']);
    throwsWith(() => simulateSpread({} as never, o, { seed: 1 }), InvalidInputError, ['graph']);
  });

  it('an origin not in the graph throws UnknownCustomerError, or is reported with unknownOrigins: reject', () => {
    const bad = [{ customerId: 'zed', energy: 0.5 }, ...o];
    throwsWith(() => simulateSpread(graph, bad, { seed: 1 }), UnknownCustomerError, ['origins', 0, 'customerId']);
    const r = simulateSpread(graph, bad, { seed: 1, runs: 10, unknownOrigins: 'reject' });
    expect(r.issues.map((i) => [i.index, i.code])).toEqual([[0, 'unknown-customer']]);
    expect(r.reach.total.mean).toBeGreaterThanOrEqual(1); // the good origin is still used
  });

  it('reports neutral origins and bad population readings as issues and goes on', () => {
    const r = simulateSpread(graph, [{ customerId: 'a', energy: 0 }, { customerId: 'b', energy: -1 }], {
      seed: 1,
      runs: 10,
      population: [{ customerId: 'c', level: 3 }, { customerId: 'nobody', size: 1 }, { customerId: 'a', size: 2 }],
    });
    expect(r.issues.map((i) => i.code).sort()).toEqual(['invalid-level', 'neutral-origin', 'unknown-customer']);
    expect(r.reach.negative.mean).toBeGreaterThanOrEqual(1);
  });

  it('bad incentives throw; unknown incentive customers throw', () => {
    throwsWith(() => simulateSpread(graph, o, { seed: 1, incentives: [{ customerId: 'a', boost: -1 }] }), InvalidOptionError, ['options', 'incentives', 0]);
    throwsWith(() => simulateSpread(graph, o, { seed: 1, incentives: [{ customerId: 'q', boost: 1 }] }), UnknownCustomerError, ['options', 'incentives', 0, 'customerId']);
  });

  it('a self loop and a probability of 1.5 are rejected by buildGraph, and spreading still works', () => {
    const built = buildGraph([{ source: 'a', target: 'a' }, { source: 'a', target: 'b', probability: 1.5 }, { source: 'a', target: 'b', probability: 1 }]);
    expect(built.issues.map((i) => i.code)).toEqual(['self-loop', 'invalid-probability']);
    expect(simulateSpread(built.graph, o, { seed: 1, runs: 3, model: 'classic-cascade' }).reach.total.mean).toBe(2);
  });

  it('no origins and an empty graph give zero reach without hanging', () => {
    expect(simulateSpread(graph, [], { seed: 1, runs: 5 }).reach.total.mean).toBe(0);
    const empty = buildGraph([]).graph;
    expect(simulateSpread(empty, [], { seed: 1, runs: 5 }).byRound).toEqual([{ round: 0, positive: 0, negative: 0 }]);
  });
});

describe('SimulateSpreadOptionsSchema describes what simulateSpread accepts', () => {
  it('accepts and rejects the same options as the hand checks', async () => {
    const { SimulateSpreadOptionsSchema } = await import('../../src/spread/schema');
    const cases: Record<string, unknown>[] = [
      { seed: 1 },
      { seed: 'x', runs: 5, model: 'threshold', maxRounds: Infinity, negativityBias: 1, levelWeight: 0, sizeExponent: 0 },
      { seed: 1, maxRounds: 0 },
      {},
      { seed: Number.NaN },
      { seed: 1, runs: 0 },
      { seed: 1, runs: 2.5 },
      { seed: 1, maxRounds: -1 },
      { seed: 1, maxRounds: 1.5 },
      { seed: 1, model: 'sir' },
      { seed: 1, levelWeight: 1.5 },
      { seed: 1, negativityBias: -1 },
      { seed: 1, sizeExponent: -0.5 },
      { seed: 1, unknownOrigins: 'ignore' },
      // A misspelt option: 'run' ran the default 1,000 runs, 'negativeBias' the default bias 2.
      { seed: 1, run: 10 },
      { seed: 1, negativeBias: 1 },
    ];
    for (const c of cases) {
      let threw = false;
      try {
        simulateSpread(graph, o, { runs: 2, ...c } as never);
      } catch {
        threw = true;
      }
      expect([JSON.stringify(c), SimulateSpreadOptionsSchema.safeParse({ runs: 2, ...c }).success]).toEqual([JSON.stringify(c), !threw]);
    }
  });
});
