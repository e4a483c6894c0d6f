import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng';
import { sfc32State } from '../../src/random/sfc32State';

/** The inlined sfc32 step of the cascade loop. */
function step(s: Int32Array): number {
  const t = (((s[0]! + s[1]!) | 0) + s[3]!) | 0;
  s[3] = (s[3]! + 1) | 0;
  s[0] = s[1]! ^ (s[1]! >>> 9);
  s[1] = (s[2]! + (s[2]! << 3)) | 0;
  s[2] = (s[2]! << 21) | (s[2]! >>> 11);
  s[2] = (s[2]! + t) | 0;
  return (t >>> 0) / 4294967296;
}

describe('sfc32State (the inlined generator of the cascade loop)', () => {
  it('draws exactly the numbers of createRng(seed, stream)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true })), fc.nat(1_000_000), (seed, stream) => {
        const rng = createRng(seed, stream);
        const st = new Int32Array(4);
        sfc32State(seed, stream, st);
        for (let i = 0; i < 20; i++) expect(step(st)).toBe(rng.next());
      }),
      { numRuns: 200, seed: 9 },
    );
  });
});
