import { EVENT_KINDS } from '../behaviour/schema';
import type { TextReading } from '../text/schema';
import { EMOTIONS, TRAITS } from '../text/traits';
import { FEEL_PROFILES, FEEL_SLOTS } from './feelProfiles';
import { fixedPoint } from './fixedPoint';
import { StringIndex } from './stringIndex';

const BUILT_IN = EVENT_KINDS.length;

/**
 * Where each built-in kind keeps, side by side in a row, its event count, then its decayed
 * |weight| for the signs whose trait profile is not empty (a mass nothing reads is not kept),
 * then the sums only that kind touches (a purchase its spend and the oldest purchase, a refund
 * the amount refunded, a contact its groups): one event touches one cache line for its kind.
 */
const KIND_AT = new Int32Array(BUILT_IN);
/** Offset of the mass of kind code c and sign s (0 positive, 1 negative) at 2c + s, or −1. */
export const MASS_AT = new Int32Array(2 * BUILT_IN).fill(-1);
const OWN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  purchase: ['spend', 'oldestPurchaseAt', 'oldestPurchaseDecay'],
  refund: ['refunded'],
  contact: ['groupHead'],
};
const own: Record<string, number> = {};
let end = 8;
for (let c = 0; c < BUILT_IN; c++) {
  KIND_AT[c] = end++;
  for (let s = 0; s < 2; s++) if (FEEL_PROFILES[c]![s]!.slots.length > 0) MASS_AT[2 * c + s] = end++;
  for (const name of OWN_FIELDS[EVENT_KINDS[c]!] ?? []) own[name] = end++;
}

/**
 * Field offsets in a customer's row. The first 8 doubles (one cache line) are what every event
 * touches; then each kind's count, masses and own sums (the purchase block first, on the line
 * next to it); then the texts count and the kept contributions.
 */
export const F = {
  signal: 0,
  magnitude: 1,
  evidence: 2,
  firstAt: 3,
  lastAt: 4,
  positive: 5,
  negative: 6,
  /**
   * The kept contributions: −(1 + how many) while fewer than k are kept, then the |decayed weight|
   * of the k-th: an event below it is not kept, decided on this line.
   */
  topFloor: 7,
  spend: own.spend!,
  oldestPurchaseAt: own.oldestPurchaseAt!,
  oldestPurchaseDecay: own.oldestPurchaseDecay!,
  refunded: own.refunded!,
  /** 1 + the first contact group of the customer (0: none). */
  groupHead: own.groupHead!,
  texts: end,
} as const;
/** Offset of the event count of built-in kind code c (its masses follow, see MASS_AT). */
export const countAt = (c: number): number => KIND_AT[c]!;
/** Where a row's kept contributions start (after the fields above). */
export const TOP = end + 1;
/** Doubles per kept contribution: decayed weight, time, kind code, weight, text energy (NaN: none). */
export const SLOT = 5;
/**
 * Doubles per storage chunk, at most: a chunk is a plain array of doubles on the JS heap, below
 * V8's 100 000-element limit for `new Array(n)` with fast elements.
 */
const CHUNK_DOUBLES = 65_536;
/** Integer ids below this are found through a direct table (4 bytes each) instead of a Map. */
const DENSE_LIMIT = 1 << 22;

function grown<T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/**
 * The running state of every customer in rows of `stride` doubles (a multiple of 8, so a row
 * starts on a cache line), held in chunks of up to 64 k doubles that are added as customers
 * arrive (no copy, no oversized buffer). A row holds the customer's sums, counts and k largest contributions,
 * so an event touches a few cache lines of one row and allocates nothing. Sums are fixed-point
 * (order-independent). Contacts are grouped per (customer, order) in a list per row.
 * Memory: O(customers × (52 + 5k, rounded up to 8) doubles + contacted orders), never O(events).
 */
export class CustomerTable {
  n = 0;
  /** Doubles per customer row. */
  readonly stride: number;
  /**
   * Row storage: row i is at `chunks[i >> shift]`, offset `(i & mask) * stride`. Arrays of doubles
   * on the JS heap rather than typed arrays: tens of MB of ArrayBuffers count as external memory,
   * and V8 answers their growth with a full mark of the heap (measured: one per call, 0.3-0.5 s at
   * 100 k customers with 1 M events in memory); on the heap they only grow the old generation.
   */
  readonly chunks: number[][] = [];
  private readonly shift: number;
  private readonly mask: number;
  /** Row + 1 of small integer ids (0: not seen). */
  private dense = new Int32Array(1024);
  /** The id text of text ids; '' for numeric ids (String(idNumber) when needed). */
  readonly keys: string[] = [];
  /** The id as a number, or NaN for text ids (for sorting without parsing). */
  idNumber = new Float64Array(1024);
  /** 1 when a record spelled the customer's id as a number. */
  numeric = new Uint8Array(1024);
  private readonly byNumber = new Map<number, number>();
  /** Rows of text ids (see StringIndex: one slot read per look-up for ids of up to 8 units). */
  private readonly byString = new StringIndex();
  /** Trait and emotion masses from texts, allocated at the first text. */
  feel: Float64Array | null = null;
  readonly customCounts = new Map<number, Map<string, number>>();
  /** The records of kept contributions, k per customer (for labels). */
  readonly topRecord: unknown[] = [];
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
  /** A chunk of zeros of the elements kind rows need (doubles), copied for each new chunk. */
  private zeroChunk: number[] | null = null;
  /** What cache-warming reads add up to (kept so they are not optimised away). */
  sink = 0;

  constructor(readonly k: number) {
    this.stride = (TOP + k * SLOT + 7) & ~7;
    this.shift = Math.max(0, Math.floor(Math.log2(CHUNK_DOUBLES / this.stride)));
    this.mask = (1 << this.shift) - 1;
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

  /** The storage chunk of row i (with `base(i)`, where its fields are). */
  rows(i: number): number[] {
    return this.chunks[i >> this.shift]!;
  }

  /** The offset of row i in its chunk. */
  base(i: number): number {
    return (i & this.mask) * this.stride;
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
      if (num === num) {
        const known = this.byNumber.get(num);
        if (known !== undefined) return known;
      } else {
        const known = this.byString.get(key, this.keys);
        if (known >= 0) return known;
      }
    }
    const i = this.n++;
    if (small) {
      if (num >= this.dense.length) this.dense = grown(this.dense, Math.min(DENSE_LIMIT, Math.max(num + 1, this.dense.length * 2)));
      this.dense[num] = i + 1;
    } else if (num === num) this.byNumber.set(num, i);
    else this.byString.set(key, i);
    if ((i & this.mask) === 0) {
      // The first chunk is filled with a double first, so its elements are doubles (unboxed), then
      // zeroed; later ones are copies of a zeroed chunk (one pass over the memory instead of two).
      if (this.zeroChunk === null) this.zeroChunk = new Array<number>((this.mask + 1) * this.stride).fill(0.5).fill(0);
      this.chunks.push(this.zeroChunk.slice());
    }
    if (i === this.idNumber.length) {
      this.idNumber = grown(this.idNumber, 2 * i);
      this.numeric = grown(this.numeric, 2 * i);
      if (this.feel !== null) this.feel = grown(this.feel, 2 * i * FEEL_SLOTS);
    }
    this.keys.push(num === num ? '' : key);
    this.idNumber[i] = num;
    for (let j = 0; j < this.k; j++) this.topRecord.push(undefined);
    const st = this.chunks[i >> this.shift]!;
    const r = (i & this.mask) * this.stride;
    st[r + F.firstAt] = Infinity;
    st[r + F.lastAt] = -Infinity;
    st[r + F.oldestPurchaseAt] = Infinity;
    st[r + F.topFloor] = -1; // none kept yet
    return i;
  }

  /** The row of a known numeric id (one `row` created), else −1. */
  find(num: number): number {
    if (num >= 0 && num < DENSE_LIMIT && (num | 0) === num) return num < this.dense.length ? this.dense[num]! - 1 : -1;
    return this.byNumber.get(num) ?? -1;
  }

  /** The id of row i as its text ('42' for a numeric id). */
  keyOf(i: number): string {
    const key = this.keys[i]!;
    return key === '' ? String(this.idNumber[i]) : key;
  }

  /** Add (sign +1) or take back (−1) a behaviour signal `dw` (fixed-point) of kind `code` to row i. */
  addBehaviour(i: number, code: number, dw: number, sign: number): void {
    if (dw === 0) return;
    const st = this.chunks[i >> this.shift]!;
    const r = (i & this.mask) * this.stride;
    const mass = dw < 0 ? -dw : dw;
    st[r + F.signal]! += sign * dw;
    st[r + F.magnitude]! += sign * mass;
    if (code < BUILT_IN) {
      const o = MASS_AT[2 * code + (dw > 0 ? 0 : 1)]!;
      if (o >= 0) st[r + o]! += sign * mass;
    }
  }

  /** Add a text reading decayed by d: energy × confidence × textWeight; returns its decayed weight. */
  addText(i: number, reading: TextReading, d: number, textWeight: number): number {
    const conf = reading.confidence;
    const dw = fixedPoint(reading.energy * conf * textWeight * d);
    const st = this.rows(i);
    const r = this.base(i);
    st[r + F.signal]! += dw;
    st[r + F.magnitude]! += dw < 0 ? -dw : dw;
    st[r + F.evidence]! += fixedPoint(d * conf);
    const feel = (this.feel ??= new Float64Array(this.idNumber.length * FEEL_SLOTS));
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
    const st = this.chunks[i >> this.shift]!;
    const r = (i & this.mask) * this.stride;
    if (w > 0) st[r + F.positive]!++;
    else if (w < 0) st[r + F.negative]!++;
    if (at < st[r + F.firstAt]!) st[r + F.firstAt] = at;
    if (at > st[r + F.lastAt]!) st[r + F.lastAt] = at;
    if (hasText) st[r + F.texts]!++;
    if (code < BUILT_IN) {
      st[r + KIND_AT[code]!]!++;
      return;
    }
    let m = this.customCounts.get(i);
    if (m === undefined) this.customCounts.set(i, (m = new Map()));
    const name = this.kindNames[code]!;
    m.set(name, (m.get(name) ?? 0) + 1);
  }

  private readonly feelScratch = new Float64Array(FEEL_SLOTS);

  /** Row i's trait and emotion masses (texts' plus each kind's mass spread by its profile), in a reused array. */
  feelOf(i: number): Float64Array {
    const out = this.feelScratch;
    if (this.feel === null) out.fill(0);
    else out.set(this.feel.subarray(i * FEEL_SLOTS, (i + 1) * FEEL_SLOTS));
    const st = this.rows(i);
    const r = this.base(i);
    for (let j = 0; j < 2 * BUILT_IN; j++) {
      const o = MASS_AT[j]!;
      if (o < 0) continue;
      const mass = st[r + o]!;
      if (mass === 0) continue;
      const p = FEEL_PROFILES[j >> 1]![j & 1]!;
      for (let s = 0; s < p.slots.length; s++) out[p.slots[s]!]! += mass * p.values[s]!;
    }
    return out;
  }

  /** Add one contact of row i about `orderId` (undefined when none; 1182 and '1182' are one order), decayed by d. */
  addContact(i: number, orderId: unknown, at: number, d: number): void {
    const st = this.rows(i);
    const r = this.base(i);
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
