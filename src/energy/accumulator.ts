import { BEHAVIOUR_TRAITS } from '../behaviour/traitProfiles';
import { EMOTIONS, TRAITS } from '../text/traits';
import type { TextReading } from '../text/schema';
import { fixedPoint } from './fixedPoint';

/** Index of each trait (0..7) and emotion (8..14) in an accumulator's `feel` array. */
export const FEEL_INDEX: Readonly<Record<string, { trait: number; emotion: number }>> = (() => {
  const out: Record<string, { trait: number; emotion: number }> = {};
  TRAITS.forEach((t, i) => (out[t] = { trait: i, emotion: -1 }));
  EMOTIONS.forEach((e, i) => {
    out[e] = { trait: out[e]?.trait ?? -1, emotion: TRAITS.length + i };
  });
  return out;
})();
/** Trait/emotion slots per accumulator. */
export const FEEL_SLOTS = TRAITS.length + EMOTIONS.length;

/** Profiles flattened to (slot, value) pairs per kind and sign, for the hot path. */
const PROFILE_SLOTS: ReadonlyMap<string, { pos: Float64Array; neg: Float64Array }> = (() => {
  const m = new Map<string, { pos: Float64Array; neg: Float64Array }>();
  const flat = (p: Record<string, number> | undefined): Float64Array => {
    const a = new Float64Array(FEEL_SLOTS);
    for (const [k, v] of Object.entries(p ?? {})) {
      const ix = FEEL_INDEX[k];
      if (!ix) continue;
      if (ix.trait >= 0) a[ix.trait] = v;
      if (ix.emotion >= 0) a[ix.emotion] = v;
    }
    return a;
  };
  for (const [kind, p] of Object.entries(BEHAVIOUR_TRAITS)) m.set(kind, { pos: flat(p.positive), neg: flat(p.negative) });
  return m;
})();

/** A contribution before it is labelled: the record is kept so the label can be built at the end. */
export interface Candidate {
  kind: string;
  atMs: number;
  count: number;
  weight: number;
  decayedWeight: number;
  /** Decay factor (for re-weighting purchases once the first one is known). */
  decay: number;
  record: unknown;
  textEnergy: number | undefined;
  /** The customer's first purchase (known only at the end). */
  first?: boolean;
  /** Set by the labeller. */
  label?: string;
}

/** Contacts about one order (key '' for contacts without an order). */
export interface ContactGroup {
  count: number;
  decaySum: number;
  lastAt: number;
  orderId: unknown;
}

/**
 * The running state of one customer: fixed-point sums (order-independent), counts, the largest
 * contributions so far and the contact groups. Memory is per customer, not per event.
 */
export class CustomerAccumulator {
  /** Signed decayed sum S. */
  signal = 0;
  /** Σ |w·d| over every signal (agreement denominator). */
  magnitude = 0;
  /** Decayed amount of evidence. */
  evidence = 0;
  readonly feel = new Float64Array(FEEL_SLOTS);
  events = 0;
  texts = 0;
  positive = 0;
  negative = 0;
  firstAt = Infinity;
  lastAt = -Infinity;
  readonly byKind = new Map<string, number>();
  purchases = 0;
  purchaseDecay = 0;
  oldestPurchaseDecay = Infinity;
  oldestPurchaseAt = Infinity;
  spend = 0;
  refunded = 0;
  contacts: Map<string, ContactGroup> | null = null;
  readonly top: Candidate[] = [];
  /** True when any record spelled the id as a number (the reading then uses the number). */
  numericId = false;

  constructor(readonly key: string) {}

  /** Add a behaviour signal of `weight`, decayed to `dw` (already fixed-point), with its traits. */
  addBehaviour(kind: string, dw: number): void {
    if (dw === 0) return;
    this.signal += dw;
    const mass = dw < 0 ? -dw : dw;
    this.magnitude += mass;
    const p = PROFILE_SLOTS.get(kind);
    if (p === undefined) return;
    const prof = dw > 0 ? p.pos : p.neg;
    const feel = this.feel;
    for (let i = 0; i < FEEL_SLOTS; i++) {
      const v = prof[i]!;
      if (v !== 0) feel[i]! += fixedPoint(mass * v);
    }
  }

  /** Undo exactly what `addBehaviour(kind, dw)` added (all terms are on the fixed-point grid). */
  removeBehaviour(kind: string, dw: number): void {
    if (dw === 0) return;
    this.signal -= dw;
    const mass = dw < 0 ? -dw : dw;
    this.magnitude -= mass;
    const p = PROFILE_SLOTS.get(kind);
    if (p === undefined) return;
    const prof = dw > 0 ? p.pos : p.neg;
    const feel = this.feel;
    for (let i = 0; i < FEEL_SLOTS; i++) {
      const v = prof[i]!;
      if (v !== 0) feel[i]! -= fixedPoint(mass * v);
    }
  }

  /** Add a text's reading, decayed by `d`, counted `textWeight` × energy × confidence. */
  addText(reading: TextReading, d: number, textWeight: number): number {
    const conf = reading.confidence;
    const dw = fixedPoint(reading.energy * conf * textWeight * d);
    this.signal += dw;
    this.magnitude += dw < 0 ? -dw : dw;
    this.evidence += fixedPoint(d * conf);
    const w = d * conf;
    const feel = this.feel;
    for (let i = 0; i < TRAITS.length; i++) feel[i]! += fixedPoint(w * (reading.traits[TRAITS[i]!] ?? 0));
    for (let i = 0; i < EMOTIONS.length; i++) {
      feel[TRAITS.length + i]! += fixedPoint(w * (reading.emotions[EMOTIONS[i]!] ?? 0));
    }
    return dw;
  }

  /** Keep `c` if it is among the `limit` largest contributions (a total order: input order never matters). */
  offer(c: Candidate, limit: number, compare: (a: Candidate, b: Candidate) => number): void {
    if (limit === 0) return;
    const top = this.top;
    if (top.length >= limit && compare(c, top[top.length - 1]!) >= 0) return;
    let i = top.length;
    top.push(c);
    while (i > 0 && compare(c, top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = c;
    if (top.length > limit) top.pop();
  }

  /** Count an event of `kind` at `atMs`, with total signed weight `w`. */
  count(kind: string, atMs: number, w: number, hasText: boolean): void {
    this.events++;
    if (hasText) this.texts++;
    if (w > 0) this.positive++;
    else if (w < 0) this.negative++;
    if (atMs < this.firstAt) this.firstAt = atMs;
    if (atMs > this.lastAt) this.lastAt = atMs;
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
  }
}
