import { checkOptionNames } from '../checkOptionNames';
import { InvalidOptionError, MissingOptionError } from '../errors';
import type { DataIssue } from '../issues';
import { createCustomerScorer, type CustomerScorer } from './createCustomerScorer';
import { feedScorer, type ScoreCustomersInput } from './scoreCustomers';
import type { EnergyReading } from './schema';
import { ADD_LOGGED, FINISH_TREND, LOG_EVENTS, ValidEvents, type TrendReading, type TrendScorer } from './trendReadings';
import type { TextReading } from '../text/schema';
import { NESTED_OPTION_NAMES, SCORE_OPTION_NAMES, resolveScoreOptions, type ResolvedScoreOptions, type ScoreCustomersOptions } from './resolveScoreOptions';
import type { TrendPoint } from './segmentSchema';
import { summariseSegments, type SummariseSegmentsOptions } from './summariseSegments';

const DAY = 86_400_000;

/** Options of {@link energyTrend}: those of `scoreCustomers` (its `now` is the last window's end) and more. */
export interface EnergyTrendOptions extends Omit<ScoreCustomersOptions, 'futureEvents'> {
  /** Window step: `'day'`, `'week'` (default) or `{ days: n }`. */
  every?: 'day' | 'week' | { days: number };
  /** How many windows, ending at `now`. Default 12. */
  windows?: number;
  segmentOf?: SummariseSegmentsOptions['segmentOf'];
  unsegmented?: string;
}

/**
 * A text reader that reads each distinct text once (every window reads the same texts) and keeps
 * only what the scorer uses: energy, confidence, traits and emotions. A reading that is not an
 * object is kept as it is (the scorer reports it); a reader that throws is asked again (and the
 * scorer reports it each time). Memory: one small entry per distinct text.
 */
function readOnce(read: ResolvedScoreOptions['textReader']): ResolvedScoreOptions['textReader'] {
  const seen = new Map<string, TextReading>();
  return (text, options) => {
    let r = seen.get(text);
    if (r === undefined) {
      const x = read(text, options);
      r = typeof x === 'object' && x !== null ? ({ energy: x.energy, confidence: x.confidence, traits: x.traits, emotions: x.emotions } as TextReading) : x;
      seen.set(text, r);
    }
    return r;
  };
}

/**
 * Each segment's energy as it stood at the end of successive windows, for plotting: the readings
 * are scored at now − (windows − 1) × step, ..., now, each time from the events up to that moment
 * (later ones ignored), with the same recency decay, then summarised per segment. Every segment
 * seen gets a point in every window (count 0 before its first customer). Points come oldest
 * first, then by segment. `events` and `profiles` may be any iterables: each is read once (every
 * event validated once, its text read once per distinct text; each window folds the valid events
 * up to its end). O(events + windows × (valid events + customers log customers)); memory: the
 * valid events (about 80 bytes each) for the call.
 *
 * @example
 * const points = energyTrend({ events, profiles }, { now: '2026-03-31T00:00:00Z', every: 'week', windows: 8 });
 * // plot points.filter(p => p.segment === 'retail') as (at, meanEnergy)
 */
export function energyTrend(input: ScoreCustomersInput, options: EnergyTrendOptions): TrendPoint[] {
  return trendWithIssues(input, options, false).points;
}

/**
 * {@link energyTrend} with the data issues of its events and profiles (read once, as of the last
 * window's end), for callers that report rejected records (scoreCsv's trend); `collect: false`
 * keeps none (an empty list). @internal
 *
 * @example
 * const { points, issues } = trendWithIssues({ events }, { now: '2026-03-31', windows: 4 });
 */
export function trendWithIssues(input: ScoreCustomersInput, options: EnergyTrendOptions, collect = true): { points: TrendPoint[]; issues: DataIssue[] } {
  if (options == null || typeof options !== 'object') {
    throw new MissingOptionError('options with `now` are required: there is no hidden clock', ['options']);
  }
  // Not futureEvents: later events are what each window leaves out.
  const optionNames = [...SCORE_OPTION_NAMES.filter((k) => k !== 'futureEvents'), 'every', 'windows', 'segmentOf', 'unsegmented'];
  checkOptionNames(options, optionNames, NESTED_OPTION_NAMES);
  const { every = 'week', windows = 12, segmentOf, unsegmented, ...scoreOptions } = options;
  const stepDays = every === 'day' ? 1 : every === 'week' ? 7 : every?.days;
  if (!(typeof stepDays === 'number' && Number.isFinite(stepDays) && stepDays > 0)) {
    throw new InvalidOptionError("every must be 'day', 'week' or { days: n } with n > 0", ['options', 'every']);
  }
  if (!(Number.isInteger(windows) && windows >= 1)) {
    throw new InvalidOptionError('windows must be a whole number ≥ 1', ['options', 'windows']);
  }
  // Validates `now` (and the rest) once, with the caller's paths.
  const resolved = resolveScoreOptions(scoreOptions as ScoreCustomersOptions);
  const end = resolved.nowMs;
  const textReader = readOnce(resolved.textReader);
  // No explanations: a trend reads energy, polarity, size and segment, which do not depend on them.
  const energy = { ...scoreOptions.energy, contributions: 0 };
  const optionsAt = (nowMs: number) => ({ ...scoreOptions, energy, textReader, now: nowMs, futureEvents: 'ignore' as const, issues: 'return' as const });
  // Profiles read once (they may be a one-shot iterable); each window adds them after its events, as scoreCustomers does.
  const given = input?.profiles;
  const profiles = given != null && typeof (given as Iterable<unknown>)[Symbol.iterator] === 'function' ? [...given] : given;
  // Every event is validated once, as of the last window's end (its text read then); each window
  // folds again those up to its own end: the rows it builds are those scoreCustomers would build
  // (same events in the same order, decayed to the window's end), without reading the records again.
  const valid = new ValidEvents();
  // Issues are kept only for a caller that reports them (energyTrend does not: memory stays per customer).
  const reader = createCustomerScorer({ ...optionsAt(end), issues: collect ? 'collect' : 'return' }) as CustomerScorer & TrendScorer;
  reader[LOG_EVENTS](valid);
  feedScorer(reader, { events: input?.events, profiles } as ScoreCustomersInput);
  // Its readings are never built (the iterable is lazy): only the issues it collected.
  const { issues } = reader.finishEach();
  const perWindow: { at: string; rows: Map<string, TrendPoint> }[] = [];
  const segments = new Set<string>();
  for (let w = windows - 1; w >= 0; w--) {
    const nowMs = end - w * stepDays * DAY;
    const scorer = createCustomerScorer(optionsAt(nowMs)) as CustomerScorer & TrendScorer;
    for (let j = 0; j < valid.length; j++) if (valid.at[j]! <= nowMs) scorer[ADD_LOGGED](valid, j);
    for (const p of (profiles as Iterable<unknown> | undefined) ?? []) scorer.addProfile(p);
    // Only what the summary reads (id, energy, polarity, size, segment), by the code of full
    // readings; full readings when segmentOf may read any of their fields.
    const readings: readonly TrendReading[] = segmentOf === undefined ? scorer[FINISH_TREND]() : scorer.finish().readings;
    const at = new Date(nowMs).toISOString();
    const rows = new Map<string, TrendPoint>();
    for (const s of summariseSegments(readings as EnergyReading[], { segmentOf, unsegmented, top: 0 })) {
      segments.add(s.segment);
      rows.set(s.segment, {
        at,
        segment: s.segment,
        count: s.count,
        meanEnergy: s.meanEnergy,
        netEnergyScore: s.netEnergyScore,
        sizeWeightedEnergy: s.sizeWeightedEnergy,
      });
    }
    perWindow.push({ at, rows });
  }
  const names = [...segments].sort();
  const points = perWindow.flatMap(({ at, rows }) =>
    names.map((segment) => rows.get(segment) ?? { at, segment, count: 0, meanEnergy: 0, netEnergyScore: 0, sizeWeightedEnergy: 0 }),
  );
  return { points, issues };
}
