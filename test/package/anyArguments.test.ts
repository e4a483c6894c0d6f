import { describe, expect, it } from 'vitest';
import * as core from '../../src/index';

const { CustomerEnergyError, createRng } = core;
const now = '2026-03-01T00:00:00Z';

describe('every public function, given arguments of any type (seeded)', () => {
  it('returns or throws a CustomerEnergyError with a code: never a TypeError or a RangeError', () => {
    const rng = createRng(11);
    const pick = <T>(a: readonly T[]): T => a[rng.nextUint32() % a.length]!;
    const events = [
      { customerId: 'a', at: '2026-02-01T10:00:00Z', kind: 'purchase', amount: 10 },
      { customerId: 'b', at: '2026-02-02T10:00:00Z', kind: 'review', rating: 1, text: 'never again' },
      { customerId: 'c', at: '2026-02-03', kind: 'referral' },
    ];
    const { readings } = core.scoreCustomers({ events }, { now });
    const edges = [
      { source: 'a', target: 'b', kind: 'kin' as const },
      { source: 'b', target: 'c', strength: 0.5 },
    ];
    const { graph } = core.buildGraph(edges);
    const values: unknown[] = [
      undefined, null, 0, -1, 1, 0.5, 1e9, Number.NaN, Infinity, '', 'x', 'a', 'en', true, {}, [], [1, 2], now,
      new Date(Number.NaN), () => 1, Symbol('s'), 10n, readings, readings[0], [readings[0], null], graph, edges,
      [{ source: 'a' }], { seed: 1 }, { seed: 'x', runs: 5, origins: ['a'] }, ['a', 'b'], [{ customerId: 'a' }],
      { customerId: 'a', energy: -0.5 }, 'hello world', '很失望', { language: 'xx' }, { packs: [null] }, { events },
    ];
    const keys = ['seed', 'runs', 'origins', 'population', 'budget', 'model', 'now', 'top', 'language', 'words', 'packs', 'bogus', 'delimiter', 'directed', 'readings', 'reach', 'spread'];
    const functions = Object.entries(core).filter(
      ([name, f]) => typeof f === 'function' && !/Schema$|Error$/.test(name) && name !== 'CompactGraph',
    ) as [string, (...args: unknown[]) => unknown][];
    expect(functions.length).toBeGreaterThan(25);
    const other: string[] = [];
    for (let n = 0; n < 12_000; n++) {
      const [name, f] = pick(functions);
      const args = Array.from({ length: rng.nextUint32() % 4 }, () => {
        const v = pick(values);
        const isObject = v !== null && typeof v === 'object' && !Array.isArray(v);
        return isObject && rng.nextUint32() % 3 === 0 ? { ...(v as object), [pick(keys)]: pick(values) } : v;
      });
      try {
        const result = f(...args);
        // Generators (toNdjson) do their work when read.
        if (result !== null && typeof result === 'object' && typeof (result as Iterable<unknown>)[Symbol.iterator] === 'function') {
          let k = 0;
          for (const _ of result as Iterable<unknown>) if (++k > 20) break;
        }
      } catch (e) {
        if (!(e instanceof CustomerEnergyError && typeof e.code === 'string')) other.push(`${name}: ${String(e)}`);
      }
    }
    expect([...new Set(other)]).toEqual([]);
  });
});
