/**
 * Seeded pseudo-random numbers: the only source of randomness in customer-energy. Nothing reads
 * `Math.random()`; every function that samples takes a `seed` and derives its streams here, so the
 * same seed gives the same bytes out on any machine.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-tested), seeded
 * through splitmix32 so that nearby seeds give unrelated streams.
 */

import { type Seed } from './seedToUint32';
import { sfc32State } from './sfc32State';

/** A random source: `next()` returns a float in [0, 1); `nextUint32()` a 32-bit unsigned integer. */
export interface Rng {
  next(): number;
  nextUint32(): number;
}

/**
 * Create a seeded generator. `stream` selects an independent stream for the same seed (one per
 * simulation run, say), which is how results stay identical whatever the number of workers.
 *
 * @example
 * const rng = createRng(42);
 * rng.next(); // same value on every machine, every time
 */
export function createRng(seed: Seed, stream = 0): Rng {
  const st = new Int32Array(4);
  sfc32State(seed, stream, st);
  let a = st[0]!;
  let b = st[1]!;
  let c = st[2]!;
  let d = st[3]!;
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return { nextUint32, next: () => nextUint32() / 4294967296 };
}
