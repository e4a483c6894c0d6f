import { EVENT_KINDS } from '../behaviour/schema';
import type { TextReading } from '../text/schema';
import { EMOTIONS, TRAITS } from '../text/traits';
import { FEEL_PROFILES, FEEL_SLOTS } from './feelProfiles';
import { fixedPoint } from './fixedPoint';

const BUILT_IN = EVENT_KINDS.length;

/** Field offsets in a customer's row of `CustomerTable.state`. */
export const F = {
  signal: 0,
  magnitude: 1,
  evidence: 2,
  firstAt: 3,
  lastAt: 4,
  spend: 5,
  refunded: 6,
  purchases: 7,
  oldestPurchaseAt: 8,
  oldestPurchaseDecay: 9,
  events: 10,
  texts: 11,
  positive: 12,
  negative: 13,
  numeric: 14,
  topLen: 15,
  /** 1 + the first contact group of the customer (0: none). */
  groupHead: 16 + 3 * BUILT_IN,
  /** Events per built-in kind, 16 slots. */
  kindCounts: 16,
  /** Decayed |weight| per built-in kind and sign (2 × kind + [0 positive, 1 negative]), 32 slots. */
  kindMass: 16 + BUILT_IN,
} as const;
/** Where a row's kept contributions start (after the fields above). */
export const TOP = 17 + 3 * BUILT_IN;
/** Doubles per kept contribution: decayed weight, time, kind code, weight, decay, text energy. */
export const SLOT = 6;
/** Integer ids below this are found through a direct table (4 bytes each) instead of a Map. */
const DENSE_LIMIT = 1 << 22;

function grown<T extends Float64Array | Uint32Array | Int32Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/**
 * The running state of every customer in one flat Float64Array, a row of `stride` doubles per
 * customer holding its sums, counts and k largest contributions, so an event touches a few
 * adjacent cache lines (no object per customer or per event on the hot path). Sums are
 * fixed-point (order-independent). Contacts are grouped per (customer, order) in a list per row.
 * Memory: O(customers × (65 + 6k) doubles + contacted orders), never O(events).
 */
export class CustomerTable {
  n = 0;
  private cap = 1024;
  /** Doubles per customer row. */
  readonly stride: number;
  /** Row + 1 of small integer ids (0: not seen). */
  private dense = new Int32Array(1024);
  readonly keys: string[] = [];
  /** The id as a number, or NaN for text ids (for sorting without parsing). */
  idNumber = new Float64Array(this.cap);
  private readonly byNumber = new Map<number, number>();
  private readonly byString = new Map<string, number>();
  state: Float64Array;
  /** Trait and emotion masses from texts, allocated at the first text. */
  feel: Float64Array | null = null;
  readonly customCounts = new Map<number, Map<string, number>>();
  /** The records of kept contributions, k per customer (for labels). */
  topRecord: unknown[];
  /** Kind names by code: the built-in kinds, then kinds of your own in order of first sight. */
  readonly kindNames: string[] = [...EVENT_KINDS];
  private readonly customCode = new Map<string, number>();
  /** Contact groups: count, decay sum, latest time, order id, next group of the same row. */
  groupCount = 0;
  gNext = new Int32Array(256);
  gCount = new Uint32Array(256);
  gDecay = new Float64Array(256);
  gLast = new Float64Array(256);
  readonly gOrder: unknown[] = [];

  constructor(readonly k: number) {
    this.stride = TOP + k * SLOT;
    this.state = new Float64Array(this.cap * this.stride);
    this.topRecord = new Array<unknown>(this.cap * k).fill(undefined);
  }

  /** The code of a kind of your own (≥ 16), registered on first sight. */
  codeOf(kind: string): number {
    let c = this.customCode.get(kind);
    if (c === undefined) {
      c = this.kindNames.length;
      this.kindNames.push(kind);
      this.customCode.set(kind, c);
    }
    return c;
  }

  /** The row of a customer, created on first sight: by number `num`, or by text `key` when `num` is NaN. */
  row(num: number, key: string): number {
    const small = num >= 0 && num < DENSE_LIMIT && (num | 0) === num;
    if (small) {
      if (num < this.dense.length) {
        const known = this.dense[num]!;
        if (known !== 0) return known - 1;
      }
    } else {
      const known = num === num ? this.byNumber.get(num) : this.byString.get(key);
      if (known !== undefined) return known;
    }
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    if (small) {
      if (num >= this.dense.length) this.dense = grown(this.dense, Math.min(DENSE_LIMIT, Math.max(num + 1, this.dense.length * 2)));
      this.dense[num] = i + 1;
    } else if (num === num) this.byNumber.set(num, i);
    else this.byString.set(key, i);
    this.keys.push(num === num ? String(num) : key);
    this.idNumber[i] = num;
    const r = i * this.stride;
    this.state[r + F.firstAt] = Infinity;
    this.state[r + F.lastAt] = -Infinity;
    this.state[r + F.oldestPurchaseAt] = Infinity;
    return i;
  }

  private grow(): void {
    const cap = (this.cap *= 2);
    this.idNumber = grown(this.idNumber, cap);
    this.state = grown(this.state, cap * this.stride);
    if (this.feel !== null) this.feel = grown(this.feel, cap * FEEL_SLOTS);
    const records = new Array<unknown>(cap * this.k).fill(undefined);
    for (let j = 0; j < this.topRecord.length; j++) records[j] = this.topRecord[j];
    this.topRecord = records;
  }

  /** Add (sign +1) or take back (−1) a behaviour signal `dw` (fixed-point) of kind `code` to row i. */
  addBehaviour(i: number, code: number, dw: number, sign: number): void {
    if (dw === 0) return;
    const r = i * this.stride;
    const st = this.state;
    const mass = dw < 0 ? -dw : dw;
    st[r]! += sign * dw;
    st[r + 1]! += sign * mass;
    if (code < BUILT_IN) st[r + F.kindMass + 2 * code + (dw > 0 ? 0 : 1)]! += sign * mass;
  }

  /** Add a text reading decayed by d: energy × confidence × textWeight; returns its decayed weight. */
  addText(i: number, reading: TextReading, d: number, textWeight: number): number {
    const conf = reading.confidence;
    const dw = fixedPoint(reading.energy * conf * textWeight * d);
    const r = i * this.stride;
    this.state[r + F.signal]! += dw;
    this.state[r + F.magnitude]! += dw < 0 ? -dw : dw;
    this.state[r + F.evidence]! += fixedPoint(d * conf);
    const feel = (this.feel ??= new Float64Array(this.cap * FEEL_SLOTS));
    const w = d * conf;
    const base = i * FEEL_SLOTS;
    for (let t = 0; t < TRAITS.length; t++) feel[base + t]! += fixedPoint(w * (reading.traits[TRAITS[t]!] ?? 0));
    for (let e = 0; e < EMOTIONS.length; e++) {
      feel[base + TRAITS.length + e]! += fixedPoint(w * (reading.emotions[EMOTIONS[e]!] ?? 0));
    }
    return dw;
  }

  /** Count an event of kind `code` at `at` with total signed weight `w`. */
  count(i: number, code: number, at: number, w: number, hasText: boolean): void {
    const r = i * this.stride;
    const st = this.state;
    st[r + F.events]!++;
    if (hasText) st[r + F.texts]!++;
    if (w > 0) st[r + F.positive]!++;
    else if (w < 0) st[r + F.negative]!++;
    if (at < st[r + F.firstAt]!) st[r + F.firstAt] = at;
    if (at > st[r + F.lastAt]!) st[r + F.lastAt] = at;
    if (code < BUILT_IN) st[r + F.kindCounts + code]!++;
    else {
      let m = this.customCounts.get(i);
      if (m === undefined) this.customCounts.set(i, (m = new Map()));
      const name = this.kindNames[code]!;
      m.set(name, (m.get(name) ?? 0) + 1);
    }
  }

  private readonly feelScratch = new Float64Array(FEEL_SLOTS);

  /** Row i's trait and emotion masses (texts' plus each kind's mass spread by its profile), in a reused array. */
  feelOf(i: number): Float64Array {
    const out = this.feelScratch;
    if (this.feel === null) out.fill(0);
    else out.set(this.feel.subarray(i * FEEL_SLOTS, (i + 1) * FEEL_SLOTS));
    const base = i * this.stride + F.kindMass;
    for (let j = 0; j < 2 * BUILT_IN; j++) {
      const mass = this.state[base + j]!;
      if (mass === 0) continue;
      const p = FEEL_PROFILES[j >> 1]![j & 1]!;
      for (let s = 0; s < p.slots.length; s++) out[p.slots[s]!]! += mass * p.values[s]!;
    }
    return out;
  }

  /** Add one contact of row i about `orderId` (undefined when none; 1182 and '1182' are one order), decayed by d. */
  addContact(i: number, orderId: unknown, at: number, d: number): void {
    const r = i * this.stride;
    const st = this.state;
    let g = st[r + F.groupHead]! - 1;
    while (g >= 0) {
      const o = this.gOrder[g];
      if (o === orderId || (o !== undefined && orderId !== undefined && typeof o !== typeof orderId && String(o) === String(orderId))) break;
      g = this.gNext[g]!;
    }
    if (g < 0) {
      g = this.groupCount++;
      if (g === this.gCount.length) {
        const cap = g * 2;
        this.gNext = grown(this.gNext, cap);
        this.gCount = grown(this.gCount, cap);
        this.gDecay = grown(this.gDecay, cap);
        this.gLast = grown(this.gLast, cap);
      }
      this.gNext[g] = st[r + F.groupHead]! - 1;
      st[r + F.groupHead] = g + 1;
      this.gLast[g] = at;
      this.gOrder.push(orderId);
    } else if (typeof orderId === 'number') {
      this.gOrder[g] = orderId; // 1182 and '1182': the number wins, whatever the input order
    }
    this.gCount[g]!++;
    this.gDecay[g]! += fixedPoint(d);
    if (at > this.gLast[g]!) this.gLast[g] = at;
    st[r + F.evidence]! += fixedPoint(d);
  }
}
