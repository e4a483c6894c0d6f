/**
 * Seeded pseudo-random numbers: the only source of randomness in customer-energy. Nothing reads
 * `Math.random()`; every function that samples takes a `seed` and derives its streams here, so the
 * same seed gives the same bytes out on any machine.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-tested), seeded
 * through splitmix32 so that nearby seeds give unrelated streams.
 */

/** A seed: an integer or a string (hashed with FNV-1a). */
export type Seed = number | string;

/** A random source: `next()` returns a float in [0, 1); `nextUint32()` a 32-bit unsigned integer. */
export interface Rng {
  next(): number;
  nextUint32(): number;
}

/**
 * Hash a seed (and optional stream number) to a 32-bit state word. Strings use FNV-1a.
 *
 * @example
 * seedToUint32('campaign-7') === seedToUint32('campaign-7'); // true
 */
export function seedToUint32(seed: Seed, stream = 0): number {
  let h: number;
  if (typeof seed === 'string') {
    h = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  } else {
    if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number or a string');
    // Mix both halves of a (possibly non-integer or > 2^32) number.
    const hi = Math.floor(seed / 4294967296);
    h = (seed >>> 0) ^ Math.imul(hi | 0, 0x9e3779b9);
  }
  h = (h ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
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
  const init = splitmix32(seedToUint32(seed, stream));
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint32();
  return { nextUint32, next: () => nextUint32() / 4294967296 };
}
