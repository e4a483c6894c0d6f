/**
 * A flat store of reverse-reachable sets: set i is `nodes[offsets[i] .. offsets[i+1])`.
 * One growable Int32Array for all members and one for the offsets: no per-set JS arrays, so a
 * hundred million members cost 400 MB and no garbage-collector pressure. Internal.
 */
export class RrStore {
  nodes: Int32Array;
  offsets: Uint32Array;
  /** Number of sets. */
  count = 0;
  /** Number of members over all sets. */
  length = 0;

  constructor(initialNodes = 1 << 16, initialSets = 1 << 12) {
    this.nodes = new Int32Array(initialNodes);
    this.offsets = new Uint32Array(initialSets + 1);
  }

  /** Make room for `extra` more members. */
  reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.nodes.length) return;
    let cap = this.nodes.length * 2;
    while (cap < need) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.nodes.subarray(0, this.length));
    this.nodes = next;
  }

  /** Close the set whose members were written after the previous `close`. */
  close(): void {
    if (this.count + 2 > this.offsets.length) {
      const next = new Uint32Array(this.offsets.length * 2);
      next.set(this.offsets);
      this.offsets = next;
    }
    this.offsets[++this.count] = this.length;
  }

  /** Bytes held (capacity, not only use). */
  bytes(): number {
    return this.nodes.byteLength + this.offsets.byteLength;
  }
}
