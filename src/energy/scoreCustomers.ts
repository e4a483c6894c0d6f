import { InvalidInputError } from '../errors';
import type { DataIssue } from '../issues';
import { checkOptionNames } from '../checkOptionNames';
import { createCustomerScorer, type CustomerScorer } from './createCustomerScorer';
import { NESTED_OPTION_NAMES, SCORE_OPTION_NAMES, type ScoreCustomersOptions } from './resolveScoreOptions';
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
 * A loop over {@link createCustomerScorer} (use that to push events as they arrive).
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
  // Only the documented options: an `issues` key on them must not change what is collected.
  // `issues` is createCustomerScorer's option: here every issue is returned, so it is misuse too.
  if (options != null && typeof options === 'object') checkOptionNames(options, SCORE_OPTION_NAMES, NESTED_OPTION_NAMES);
  const scorer = createCustomerScorer(options == null || typeof options !== 'object' ? options : { ...options, issues: 'collect' });
  feedScorer(scorer, input);
  return scorer.finish();
}

/**
 * Check `input` and push its events, then its profiles, into `scorer` (what scoreCustomers and
 * energyTrend do between making a scorer and finishing it). Throws InvalidInputError when events
 * or profiles are not iterable. O(events + profiles). @internal
 *
 * @example
 * feedScorer(createCustomerScorer({ now }), { events, profiles });
 */
export function feedScorer(scorer: CustomerScorer, input: ScoreCustomersInput): void {
  if (input == null || typeof input !== 'object' || !iterable(input.events)) {
    throw new InvalidInputError('input.events must be an iterable of events', ['input', 'events']);
  }
  if (input.profiles !== undefined && !iterable(input.profiles)) {
    throw new InvalidInputError('input.profiles must be an iterable of profiles', ['input', 'profiles']);
  }
  for (const e of input.events) scorer.add(e);
  for (const p of input.profiles ?? []) scorer.addProfile(p);
}
