/**
 * A binary max-heap of (score, item) pairs on typed arrays; equal scores pop the smaller item
 * first, so greedy picks are deterministic. Internal.
 */
export class MaxHeap {
  private readonly score: Float64Array;
  private readonly item: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.score = new Float64Array(Math.max(1, capacity));
    this.item = new Int32Array(Math.max(1, capacity));
  }

  private above(a: number, b: number): boolean {
    const sa = this.score[a]!;
    const sb = this.score[b]!;
    return sa > sb || (sa === sb && this.item[a]! < this.item[b]!);
  }

  private swap(a: number, b: number): void {
    const s = this.score[a]!;
    this.score[a] = this.score[b]!;
    this.score[b] = s;
    const t = this.item[a]!;
    this.item[a] = this.item[b]!;
    this.item[b] = t;
  }

  push(score: number, item: number): void {
    let i = this.size++;
    this.score[i] = score;
    this.item[i] = item;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.above(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  topScore(): number {
    return this.score[0]!;
  }

  /** Remove the top and return its item. */
  pop(): number {
    const top = this.item[0]!;
    const last = --this.size;
    if (last > 0) {
      this.score[0] = this.score[last]!;
      this.item[0] = this.item[last]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < last && this.above(l, m)) m = l;
        if (r < last && this.above(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
