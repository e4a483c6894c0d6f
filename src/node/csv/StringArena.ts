/**
 * Strings kept compactly as UTF-8 in one growing byte buffer, with their [start, end) offsets: a
 * million short texts cost their bytes plus 16 bytes each, instead of a string object each that
 * (being a slice of its line) could keep the whole input chunk it came from alive. @internal
 */
export class StringArena {
  #bytes = new Uint8Array(1 << 16);
  #used = 0;
  /** start, end per entry; start −1: absent. */
  #bounds = new Float64Array(2048);
  #count = 0;
  readonly #encoder = new TextEncoder();
  readonly #decoder = new TextDecoder();

  /** Append a string (or `undefined`, kept as absent); returns its index. O(length). */
  push(s: string | undefined): number {
    if (2 * this.#count + 2 > this.#bounds.length) {
      const o = new Float64Array(this.#bounds.length * 2);
      o.set(this.#bounds);
      this.#bounds = o;
    }
    const i = this.#count++;
    if (s === undefined) {
      this.#bounds[2 * i] = -1;
      return i;
    }
    // Worst case 3 UTF-8 bytes per UTF-16 code unit.
    if (this.#used + s.length * 3 > this.#bytes.length) {
      let n = this.#bytes.length * 2;
      while (this.#used + s.length * 3 > n) n *= 2;
      const b = new Uint8Array(n);
      b.set(this.#bytes.subarray(0, this.#used));
      this.#bytes = b;
    }
    this.#bounds[2 * i] = this.#used;
    this.#used += this.#encoder.encodeInto(s, this.#bytes.subarray(this.#used)).written;
    this.#bounds[2 * i + 1] = this.#used;
    return i;
  }

  /** The string at index `i`, or undefined when absent. O(length). */
  get(i: number): string | undefined {
    const start = this.#bounds[2 * i]!;
    return start < 0 ? undefined : this.#decoder.decode(this.#bytes.subarray(start, this.#bounds[2 * i + 1]!));
  }
}
