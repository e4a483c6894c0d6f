import { readEvent, type EventFields } from '../behaviour/readEvent';
import { readProfile, type ProfileFields } from '../behaviour/readProfile';
import { InvalidInputError } from '../errors';
import type { DataIssue } from '../issues';
import { EVENT_KINDS } from '../behaviour/schema';
import { CustomerTable, F } from './customerTable';
import { offerContribution } from './offerContribution';
import { compareCandidates } from './compareCandidates';
import { computeSizes } from './computeSizes';
import { finishReading } from './finishReading';
import { fixedPoint } from './fixedPoint';
import { orderRows } from './orderRows';
import { resolveScoreOptions, type ScoreCustomersOptions } from './resolveScoreOptions';
import type { EnergyReading } from './schema';
import type { ScoreStats } from './statsSchema';

/** Input of {@link scoreCustomers}: events (any iterable: an array, a generator, a stream's rows) and optional profiles. */
export interface ScoreCustomersInput {
  events: Iterable<unknown>;
  profiles?: Iterable<unknown>;
}

/** What {@link scoreCustomers} returns. */
export interface ScoreCustomersResult {
  /** One reading per customer (with events or a profile), in customer id order. */
  readings: EnergyReading[];
  /** Data issues, in input order (events first, then profiles). */
  issues: DataIssue[];
  stats: ScoreStats;
}

const PURCHASE = EVENT_KINDS.indexOf('purchase');
const REFUND = EVENT_KINDS.indexOf('refund');
const CONTACT = EVENT_KINDS.indexOf('contact');
const MESSAGE = EVENT_KINDS.indexOf('message');
/** Amounts of money on a 2^−10 grid: sums stay exact (order-independent) up to 8.8e12. */
const money = (x: number): number => Math.round(x * 1024) / 1024;

const iterable = (v: unknown): v is Iterable<unknown> =>
  v != null && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function';

/**
 * Read every customer's energy from what they did and wrote, one reading per customer.
 *
 * Each event i gives a signed weight wᵢ (behaviour, from `BEHAVIOUR_DEFAULTS`, plus for a text
 * scoreText energy × confidence × textWeight), decayed by dᵢ = 2^(−ageᵢ / halfLife):
 * S = Σ wᵢ dᵢ, energy = S / √(S² + alpha). Size comes from economic strength and social
 * influence relative to the population (mean 1). See the README section "Customer energy".
 *
 * Streams: one pass over `events`, memory per customer (plus one entry per event id when
 * duplicates are checked). Bad records are returned as issues, never thrown; misuse throws.
 * Runs in O(events + customers log customers), plus the text scorer's cost per text.
 *
 * @example
 * const { readings } = scoreCustomers(
 *   { events: [
 *       { customerId: 'ann', at: '2026-03-01T09:00:00Z', kind: 'contact', orderId: 1182 },
 *       { customerId: 'ann', at: '2026-03-02T09:00:00Z', kind: 'contact', orderId: 1182 },
 *       { customerId: 'bob', at: '2026-03-01', kind: 'referral' },
 *   ] },
 *   { now: '2026-03-03T00:00:00Z' },
 * );
 * readings[0].polarity; // 'negative' (ann); readings[1].polarity: 'positive' (bob)
 */
export function scoreCustomers(input: ScoreCustomersInput, options: ScoreCustomersOptions): ScoreCustomersResult {
  const opts = resolveScoreOptions(options);
  if (input == null || typeof input !== 'object' || !iterable(input.events)) {
    throw new InvalidInputError('input.events must be an iterable of events', ['input', 'events']);
  }
  if (input.profiles !== undefined && !iterable(input.profiles)) {
    throw new InvalidInputError('input.profiles must be an iterable of profiles', ['input', 'profiles']);
  }
  const { nowMs, decayPerMs, behaviour, textReader, textOptions } = opts;
  const { textWeight, contributions: k, excerptLength } = opts.energy;
  const compare = compareCandidates(excerptLength);
  const t = new CustomerTable(k);
  const seen = opts.duplicates === 'reject' ? new Set<string>() : null;
  const issues: DataIssue[] = [];
  const out = {} as EventFields;
  let read = 0;
  let used = 0;
  let ignored = 0;

  for (const e of input.events) {
    const index = read++;
    const bad = readEvent(e, out, behaviour);
    if (bad !== undefined) {
      issues.push({ severity: 'rejected', ...bad, index, record: e });
      continue;
    }
    const at = out.atMs;
    if (at > nowMs) {
      if (opts.futureEvents === 'ignore') ignored++;
      else issues.push({ severity: 'rejected', code: 'future-event', reason: 'event is after options.now', path: ['at'], index, record: e });
      continue;
    }
    const r = e as Record<string, unknown>;
    if (seen !== null && r.id !== undefined) {
      const dup = `${out.num === out.num ? out.num : out.key}\u0000${String(r.id)}\u0000${at}`;
      if (seen.has(dup)) {
        issues.push({ severity: 'rejected', code: 'duplicate-event', reason: `event id ${String(r.id)} at this time was already read`, path: ['id'], index, record: e });
        continue;
      }
      seen.add(dup);
    }
    used++;
    const i = t.row(out.num, out.key);
    if (out.numericId) t.numeric[i] = 1;
    const st = t.rows(i);
    const r0 = t.base(i);
    const d = Math.exp((at - nowMs) * decayPerMs);
    const code = out.code >= 0 ? out.code : t.codeOf(out.kind);
    const w = out.weight;
    if (code === CONTACT) {
      t.addContact(i, r.orderId, at, d);
      t.count(i, code, at, w, false);
      continue;
    }
    if (code === PURCHASE) {
      if (at < st[r0 + F.oldestPurchaseAt]!) {
        st[r0 + F.oldestPurchaseAt] = at;
        st[r0 + F.oldestPurchaseDecay] = d;
      }
      st[r0 + F.spend]! += money(out.amount);
    } else if (code === REFUND) {
      st[r0 + F.refunded]! += money(out.amount);
    }
    const dw = fixedPoint(w * d);
    t.addBehaviour(i, code, dw, 1);
    if (code !== MESSAGE) st[r0 + F.evidence]! += fixedPoint(d);
    let total = w;
    let totalDecayed = dw;
    let textEnergy = Number.NaN;
    const text = out.text;
    if (text !== undefined) {
      const reading = textReader(text, textOptions);
      textEnergy = reading.energy;
      totalDecayed += t.addText(i, reading, d, textWeight);
      total += reading.energy * reading.confidence * textWeight;
    }
    t.count(i, code, at, total, text !== undefined);
    if (k > 0 && (totalDecayed !== 0 || total !== 0)) {
      offerContribution(t, i, fixedPoint(totalDecayed), at, code, total, textEnergy, e);
    }
  }

  const profiles = new Map<number, ProfileFields>();
  let profilesRead = 0;
  let profilesRejected = 0;
  for (const p of input.profiles ?? []) {
    const index = profilesRead++;
    const f = readProfile(p);
    if ('code' in f) {
      profilesRejected++;
      issues.push({ severity: 'rejected', ...f, index, record: p });
      continue;
    }
    const c = f.key.charCodeAt(0);
    const num = typeof (p as { customerId: unknown }).customerId === 'number' || (c >= 48 && c <= 57) || c === 45 ? Number(f.key) : Number.NaN;
    const i = t.row(num === num && String(num) === f.key ? num : Number.NaN, f.key);
    if (profiles.has(i)) {
      profilesRejected++;
      issues.push({ severity: 'rejected', code: 'profile-duplicate', reason: `customer ${f.key} already has a profile`, index, record: p });
      continue;
    }
    profiles.set(i, f);
    if (f.numericId) t.numeric[i] = 1;
  }

  const rows = orderRows(t);
  const economic = new Float64Array(t.n);
  const influence = new Float64Array(t.n);
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]!;
    const p = profiles.size === 0 ? undefined : profiles.get(i);
    const st = t.rows(i);
    const r0 = t.base(i);
    economic[j] = p?.value ?? p?.spend ?? Math.max(0, st[r0 + F.spend]! - st[r0 + F.refunded]!);
    influence[j] = p === undefined ? 0 : (1 + p.followers) * opts.energy.size.roleReach[p.role] - 1;
  }
  const sizes = computeSizes(economic, influence, opts.energy.size.economicShare);
  const cache = { days: new Map<number, string>(), labels: new Map<number, string>() };
  const readings = new Array<EnergyReading>(rows.length);
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]!;
    const p = profiles.size === 0 ? undefined : profiles.get(i);
    readings[j] = finishReading(t, i, p, sizes[j]!, economic[j]!, influence[j]!, opts, compare, cache);
  }
  return {
    readings,
    issues,
    stats: {
      events: { read, used, rejected: read - used - ignored, ignored },
      profiles: { read: profilesRead, used: profilesRead - profilesRejected, rejected: profilesRejected },
      customers: readings.length,
    },
  };
}
