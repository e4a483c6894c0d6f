import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors';
import { createRng } from '../../src/random/createRng';
import { seedToUint32 } from '../../src/random/seedToUint32';

describe('createRng', () => {
  it('draws the pinned sfc32 stream: same seed, same bytes, in every version and runtime', () => {
    // Values recorded from the first release of the generator (sfc32 seeded by splitmix32 of the
    // FNV-1a / integer seed hash, 12 outputs discarded). A change here breaks every user's seeds.
    const r = createRng(42);
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([993734445, 1495767443, 1323856972]);
    expect(createRng('campaign-7', 3).next()).toBe(0.8355410280637443);
  });

  it('gives independent streams per stream number and per seed', () => {
    const a = createRng(1, 0).nextUint32();
    expect(createRng(1, 1).nextUint32()).not.toBe(a);
    expect(createRng(2, 0).nextUint32()).not.toBe(a);
    expect(seedToUint32('x')).toBe(seedToUint32('x'));
  });

  it('tells fractional seeds apart (they were truncated: 1, 1.5 and 1.999 drew one stream)', () => {
    // Integer seeds keep their pinned hash; every fraction hashes its own 8 bytes.
    const hashes = [1, 1.5, 1.25, 1.999, 0.1, 0.2, -0.5].map((s) => seedToUint32(s));
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(createRng(1.5).nextUint32()).not.toBe(createRng(1).nextUint32());
    expect(createRng(1.5).nextUint32()).toBe(createRng(1.5).nextUint32());
  });

  it('stays in [0, 1)', () => {
    const r = createRng('range');
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('refuses a seed that is not a finite number or a string', () => {
    for (const seed of [Number.NaN, Infinity, null, undefined, {}, Symbol('s'), 1n]) {
      expect(() => createRng(seed as never)).toThrow(InvalidOptionError);
    }
    expect(() => createRng(1, 1.5)).toThrow(InvalidOptionError);
    expect(() => createRng(1, Symbol('s') as never)).toThrow(InvalidOptionError);
  });
});
