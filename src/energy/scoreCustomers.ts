import { readEvent, type EventFields } from '../behaviour/readEvent';
import { readProfile, type ProfileFields } from '../behaviour/readProfile';
import { InvalidInputError } from '../errors';
import type { DataIssue } from '../issues';
import { CustomerAccumulator } from './accumulator';
import { compareCandidates } from './compareCandidates';
import { compareCustomerKeys } from './compareCustomerKeys';
import { computeSizes } from './computeSizes';
import { finishReading } from './finishReading';
import { fixedPoint } from './fixedPoint';
import { resolveScoreOptions, type ScoreCustomersOptions } from './resolveScoreOptions';
import type { EnergyReading } from './schema';
import { settleAccumulator } from './settleAccumulator';
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
  const { textWeight, contributions: limit, excerptLength } = opts.energy;
  const compare = compareCandidates(excerptLength);
  const customers = new Map<string, CustomerAccumulator>();
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
      const dup = `${out.key}\u0000${String(r.id)}\u0000${at}`;
      if (seen.has(dup)) {
        issues.push({ severity: 'rejected', code: 'duplicate-event', reason: `event id ${String(r.id)} at this time was already read`, path: ['id'], index, record: e });
        continue;
      }
      seen.add(dup);
    }
    used++;
    let acc = customers.get(out.key);
    if (acc === undefined) {
      acc = new CustomerAccumulator(out.key);
      customers.set(out.key, acc);
    }
    if (out.numericId) acc.numericId = true;
    const d = Math.exp((at - nowMs) * decayPerMs);
    const kind = out.kind;
    const w = out.weight;
    if (kind === 'contact') {
      const gk = r.orderId === undefined ? '' : String(r.orderId);
      const groups = (acc.contacts ??= new Map());
      let g = groups.get(gk);
      if (g === undefined) groups.set(gk, (g = { count: 0, decaySum: 0, lastAt: at, orderId: r.orderId }));
      g.count++;
      g.decaySum += fixedPoint(d);
      if (at > g.lastAt) g.lastAt = at;
      acc.evidence += fixedPoint(d);
      acc.count(kind, at, w, false);
      continue;
    }
    if (kind === 'purchase') {
      acc.purchases++;
      if (at < acc.oldestPurchaseAt) {
        acc.oldestPurchaseAt = at;
        acc.oldestPurchaseDecay = d;
      }
      acc.spend += fixedPoint(out.amount, 10);
    } else if (kind === 'refund') {
      acc.refunded += fixedPoint(out.amount, 10);
    }
    const dw = fixedPoint(w * d);
    acc.addBehaviour(kind, dw);
    if (kind !== 'message') acc.evidence += fixedPoint(d);
    let total = w;
    let totalDecayed = dw;
    let textEnergy: number | undefined;
    if (out.text !== undefined) {
      const reading = textReader(out.text, textOptions);
      textEnergy = reading.energy;
      totalDecayed += acc.addText(reading, d, textWeight);
      total += reading.energy * reading.confidence * textWeight;
    }
    acc.count(kind, at, total, out.text !== undefined);
    if (limit > 0 && (totalDecayed !== 0 || total !== 0)) {
      acc.offer({ kind, atMs: at, count: 1, weight: total, decayedWeight: fixedPoint(totalDecayed), decay: d, record: e, textEnergy }, limit, compare);
    }
  }

  const profiles = new Map<string, ProfileFields>();
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
    if (profiles.has(f.key)) {
      profilesRejected++;
      issues.push({ severity: 'rejected', code: 'profile-duplicate', reason: `customer ${f.key} already has a profile`, index, record: p });
      continue;
    }
    profiles.set(f.key, f);
    let acc = customers.get(f.key);
    if (acc === undefined) customers.set(f.key, (acc = new CustomerAccumulator(f.key)));
    if (f.numericId) acc.numericId = true;
  }

  const keys = [...customers.keys()].sort(compareCustomerKeys);
  const economic = new Float64Array(keys.length);
  const influence = new Float64Array(keys.length);
  keys.forEach((k, i) => {
    const acc = customers.get(k)!;
    const p = profiles.get(k);
    economic[i] = p?.value ?? p?.spend ?? Math.max(0, acc.spend - acc.refunded);
    influence[i] = p === undefined ? 0 : (1 + p.followers) * opts.energy.size.roleReach[p.role] - 1;
  });
  const sizes = computeSizes(economic, influence, opts.energy.size.economicShare);
  const readings = keys.map((k, i) => {
    const acc = customers.get(k)!;
    settleAccumulator(acc, opts, compare);
    return finishReading(acc, profiles.get(k), sizes[i]!, economic[i]!, influence[i]!, opts);
  });
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
