import { describe, expect, it } from 'vitest';
import { CustomerEnergyError, buildGraph, createRng } from '../../src/index';
import * as node from '../../src/node/index';

describe('every function of customer-energy/node, given arguments of any type (seeded)', () => {
  it('returns, resolves or fails with a CustomerEnergyError with a code: never a TypeError', async () => {
    const rng = createRng(5);
    const pick = <T>(a: readonly T[]): T => a[rng.nextUint32() % a.length]!;
    const { graph } = buildGraph([{ source: 'a', target: 'b' }]);
    const values: unknown[] = [
      undefined, null, 0, -1, 1, Number.NaN, '', 'x', ',', ';;', true, {}, [], Symbol('s'), 10n, () => 1, graph,
      'id,text\n1,hi\n', new Uint8Array(3), { seed: 1 }, { seed: 1, runs: 2, workers: 0 }, '/nonexistent/file.csv', { per: 'row' },
    ];
    const keys = ['seed', 'runs', 'workers', 'per', 'out', 'rejects', 'delimiter', 'encoding', 'columns', 'now', 'format', 'bogus'];
    const functions = Object.entries(node).filter(([, f]) => typeof f === 'function') as [string, (...args: unknown[]) => unknown][];
    const other = new Set<string>();
    for (let n = 0; n < 1_000; n++) {
      const [name, f] = pick(functions);
      const args = Array.from({ length: rng.nextUint32() % 3 }, () => {
        const v = pick(values);
        const isObject = v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
        return isObject && rng.nextUint32() % 2 === 0 ? { ...(v as object), [pick(keys)]: pick(values) } : v;
      });
      try {
        const result = f(...args);
        if (result !== null && typeof (result as Promise<unknown>)?.then === 'function') await result;
      } catch (e) {
        if (!(e instanceof CustomerEnergyError && typeof e.code === 'string')) other.add(`${name}: ${String(e)}`);
      }
    }
    expect([...other]).toEqual([]);
  });
});
