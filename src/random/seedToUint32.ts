import { InvalidOptionError } from '../errors';
/** A seed: a finite number or a string (strings and fractions hashed with FNV-1a). */
export type Seed = number | string;

/**
 * Hash a seed (and optional stream number) to a 32-bit state word. Strings use FNV-1a.
 *
 * @example
 * seedToUint32('campaign-7') === seedToUint32('campaign-7'); // true
 */
export function seedToUint32(seed: Seed, stream = 0): number {
  if (!(typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed)))) {
    throw new InvalidOptionError('seed must be a finite number or a string', ['seed']);
  }
  if (!Number.isSafeInteger(stream)) throw new InvalidOptionError('stream must be a whole number', ['stream']);
  let h: number;
  if (typeof seed === 'string') {
    h = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  } else {
    if (Number.isInteger(seed)) {
      // Mix both halves of an integer (possibly beyond 2^32).
      const hi = Math.floor(seed / 4294967296);
      h = (seed >>> 0) ^ Math.imul(hi | 0, 0x9e3779b9);
    } else {
      // A fraction: FNV-1a over the 8 bytes of the IEEE 754 double (big-endian, the same on every
      // machine), so 1.5 and 1.25 are different seeds (truncating made them both seed 1).
      const bits = new DataView(new ArrayBuffer(8));
      bits.setFloat64(0, seed);
      h = 0x811c9dc5;
      for (let i = 0; i < 8; i++) {
        h ^= bits.getUint8(i);
        h = Math.imul(h, 0x01000193);
      }
    }
  }
  h = (h ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
  return h >>> 0;
}
