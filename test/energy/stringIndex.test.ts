import { describe, expect, it } from 'vitest';
import { StringIndex } from '../../src/energy/stringIndex';
import { createRng } from '../../src/random/createRng';

/** Ids of every sort, seeded: short and long, shared prefixes, non-ASCII, lone surrogates, near-duplicates. */
function ids(count: number, seed: string): string[] {
  const rng = createRng(seed);
  const pieces = ['c', 'C', '0', '00', '-', 'ann', 'bob@example.com', '客户', 'é', '\ud800', '😀', ' ', 'x'.repeat(9)];
  return Array.from({ length: count }, () => {
    const k = 1 + (rng.nextUint32() % 5);
    let s = '';
    for (let j = 0; j < k; j++) s += rng.next() < 0.5 ? pieces[rng.nextUint32() % pieces.length] : String(rng.nextUint32() % 1000);
    return s;
  });
}

describe('StringIndex', () => {
  it.each([64, 1])('finds every id as a Map does, across growth (max probe %i: table, then Map)', (maxProbe) => {
    const index = new StringIndex(maxProbe);
    const keys: string[] = [];
    const map = new Map<string, number>();
    for (const id of ids(20_000, `string-index-${maxProbe}`)) {
      const got = index.get(id, keys);
      expect(got).toBe(map.get(id) ?? -1);
      if (got < 0) {
        index.set(id, keys.length);
        map.set(id, keys.length);
        keys.push(id);
      }
    }
    expect(keys.length).toBeGreaterThan(5_000); // enough distinct ids to grow the table several times
    for (const [id, row] of map) expect(index.get(id, keys)).toBe(row);
    // Near misses are not found: one unit more, one less, another case.
    for (const id of keys.slice(0, 2_000)) {
      for (const other of [`${id}x`, id.slice(0, -1), id.toUpperCase()]) expect(index.get(other, keys)).toBe(map.get(other) ?? -1);
    }
  });
});
