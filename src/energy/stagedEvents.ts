import { EVENT_KINDS } from '../behaviour/schema';
import type { TextReading } from '../text/schema';
import { F, SLOT, TOP, countAt, type CustomerTable } from './customerTable';
import { fixedPoint } from './fixedPoint';
import { offerContribution } from './offerContribution';

const BUILT_IN = EVENT_KINDS.length;
const PURCHASE = EVENT_KINDS.indexOf('purchase');
const REFUND = EVENT_KINDS.indexOf('refund');
const CONTACT = EVENT_KINDS.indexOf('contact');
const MESSAGE = EVENT_KINDS.indexOf('message');
/**
 * Events per batch. Measured (reading 1 M events over 100 k customers, 4 runs each): batches of
 * 32 to 1,024 read at the same speed within noise (0.63-0.73 CPU-s), and batches of 64 k-256 k
 * sorted by row first were no faster (0.58-0.75). 256 keeps a batch's row lines well inside a
 * core's L2 cache (2 MiB here) and holds at most 256 records back from the collector.
 */
export const BATCH = 256;
/** Amounts of money on a 2^−10 grid: sums stay exact (order-independent) up to 8.8e12. */
const money = (x: number): number => Math.round(x * 1024) / 1024;

/** How a batch is folded in: what `resolveScoreOptions` settled (see createCustomerScorer). */
export interface FoldSettings {
  nowMs: number;
  decayPerMs: number;
  textWeight: number;
}

/**
 * Valid events waiting to be folded into their customers' rows, up to {@link BATCH} at a time,
 * in typed columns. `add` validates an event, finds (or makes) its row and scores its text at
 * once, so it can answer with the event's issue; what the event does to its row waits here.
 *
 * Why: folding an event touches three or four cache lines of a row picked at random among all
 * customers (57 MB at 100 k customers), and one event's fold is too long for the processor to
 * start the next event's memory reads before the first ones arrive. A batch first reads those
 * lines for all its events in one short loop, so the reads overlap, then folds each event in
 * input order with its row already in cache: the same sums in the same order, the same bytes out.
 */
export class StagedEvents {
  n = 0;
  readonly row = new Int32Array(BATCH);
  readonly code = new Int32Array(BATCH);
  readonly at = new Float64Array(BATCH);
  readonly weight = new Float64Array(BATCH);
  readonly amount = new Float64Array(BATCH);
  readonly record: unknown[] = new Array<unknown>(BATCH).fill(undefined);
  readonly text: (TextReading | undefined)[] = new Array<TextReading | undefined>(BATCH).fill(undefined);

  /** Queue one valid event of row i; true when the batch is full and must be folded. */
  push(i: number, code: number, at: number, weight: number, amount: number, record: unknown, text: TextReading | undefined): boolean {
    const j = this.n++;
    this.row[j] = i;
    this.code[j] = code;
    this.at[j] = at;
    this.weight[j] = weight;
    this.amount[j] = amount;
    this.record[j] = record;
    this.text[j] = text;
    return this.n === BATCH;
  }
}

/** Read, for every queued event, the row lines its fold will touch: independent loads, in flight together. */
function warm(t: CustomerTable, s: StagedEvents): void {
  const last = TOP + (t.k > 0 ? t.k * SLOT - 1 : 0);
  const mid = Math.min(TOP + 8, last);
  let sum = 0;
  for (let j = 0; j < s.n; j++) {
    const i = s.row[j]!;
    const c = s.code[j]!;
    const st = t.rows(i);
    const r = t.base(i);
    // Both ends of the first 8 fields, and every line of the kept contributions: where a row
    // starts within a cache line is up to the engine, so a span may cross one (measured: reading
    // 1 M events 0.70 → 0.66 CPU-s with the far ends, → 0.60 with the middle line and chunks copied).
    sum += st[r]! + st[r + F.topFloor]! + st[r + TOP]! + st[r + mid]! + st[r + last]!;
    if (c < BUILT_IN) sum += st[r + countAt(c)]!;
    if (c === CONTACT) sum += st[r + F.groupHead]!;
    else if (c === PURCHASE) sum += st[r + F.oldestPurchaseAt]!;
  }
  t.sink = sum;
}

/**
 * Fold the queued events into their rows in input order, then empty the queue: each event's
 * signed weight w decayed by d = exp(−ln 2 · age / half-life), its counts, first and last times,
 * contact groups, the text's weight and feelings, and the top contributions. O(batch + k each).
 *
 * @example
 * if (staged.push(row, code, at, weight, amount, event, undefined)) foldStaged(table, staged, settings);
 */
export function foldStaged(t: CustomerTable, s: StagedEvents, o: FoldSettings): void {
  warm(t, s);
  const { nowMs, decayPerMs, textWeight } = o;
  const k = t.k;
  for (let j = 0; j < s.n; j++) {
    const i = s.row[j]!;
    const code = s.code[j]!;
    const at = s.at[j]!;
    const w = s.weight[j]!;
    const e = s.record[j];
    const st = t.rows(i);
    const r0 = t.base(i);
    const d = Math.exp((at - nowMs) * decayPerMs);
    if (code === CONTACT) {
      t.addContact(i, (e as { orderId?: unknown }).orderId, at, d);
      t.count(i, code, at, w, false);
      continue;
    }
    if (code === PURCHASE) {
      if (at < st[r0 + F.oldestPurchaseAt]!) {
        st[r0 + F.oldestPurchaseAt] = at;
        st[r0 + F.oldestPurchaseDecay] = d;
      }
      st[r0 + F.spend]! += money(s.amount[j]!);
    } else if (code === REFUND) {
      st[r0 + F.refunded]! += money(s.amount[j]!);
    }
    const dw = fixedPoint(w * d);
    t.addBehaviour(i, code, dw, 1);
    if (code !== MESSAGE) st[r0 + F.evidence]! += fixedPoint(d);
    let total = w;
    let totalDecayed = dw;
    let textEnergy = Number.NaN;
    const reading = s.text[j];
    if (reading !== undefined) {
      textEnergy = reading.energy;
      totalDecayed += t.addText(i, reading, d, textWeight);
      total += reading.energy * reading.confidence * textWeight;
    }
    t.count(i, code, at, total, reading !== undefined);
    if (k > 0 && (totalDecayed !== 0 || total !== 0)) {
      offerContribution(t, i, fixedPoint(totalDecayed), at, code, total, textEnergy, e);
    }
  }
  s.record.fill(undefined, 0, s.n);
  s.text.fill(undefined, 0, s.n);
  s.n = 0;
}
