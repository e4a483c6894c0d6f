import { type Seed, seedToUint32 } from './seedToUint32';

/**
 * Write into `state` (4 words) the sfc32 state that `createRng(seed, stream)` starts from:
 * splitmix32 of `seedToUint32(seed, stream)` for the four words, then 12 discarded outputs.
 * `createRng` starts here, and the cascade loops start here too and draw the very same numbers
 * with the generator inlined (a closure call per edge visit costs about a third of their time).
 * Internal.
 *
 * @example
 * const st = new Int32Array(4);
 * sfc32State(42, 7, st); // st now holds createRng(42, 7)'s starting state
 */
export function sfc32State(seed: Seed, stream: number, state: Int32Array): void {
  let s = seedToUint32(seed, stream) | 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  for (let i = 0; i < 12; i++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
}
