import { MAX_WEIGHT } from '../behaviour/limits';
import { BEHAVIOUR_DEFAULTS, type BehaviourDefaults } from '../behaviour/defaults';
import { parseTime } from '../behaviour/parseTime';
import type { TimeInput } from '../behaviour/schema';
import { checkOptionNames } from '../checkOptionNames';
import { isPlainObject, mergeOverrides, type Overrides } from '../mergeOverrides';
import { InvalidOptionError, MissingOptionError } from '../errors';
import type { TextReading } from '../text/schema';
import { scoreText, type ScoreTextOptions } from '../text/scoreText';
import { ENERGY_DEFAULTS, type EnergyDefaults } from './defaults';

/** Options of `scoreCustomers`. */
export interface ScoreCustomersOptions {
  /** The moment the readings are for (required: there is no hidden clock). */
  now: TimeInput;
  /** Signed weights of flat kinds to override, and of your own kinds: `{ 'warranty-claim': -0.8 }`. */
  weights?: Readonly<Record<string, number>>;
  /** Other behaviour defaults to override (response curve, gap, rating tables...). */
  behaviour?: Overrides<Omit<BehaviourDefaults, 'weights'>>;
  /** Fusion defaults to override (half-life, alpha, text weight, thresholds, size...). */
  energy?: Overrides<EnergyDefaults>;
  /** The text scorer; default the library's `scoreText`. Plug your own model here. */
  textReader?: (text: string, options?: ScoreTextOptions) => TextReading;
  /** Options passed to the text scorer with every text (a `language`, say). */
  textOptions?: ScoreTextOptions;
  /** Events after `now`: `'reject'` them as data issues (default) or `'ignore'` them (counted in `stats.ignored`). */
  futureEvents?: 'reject' | 'ignore';
  /**
   * Duplicates (same event `id` and time): `'reject'` the later copies (default; costs one set
   * entry per event that has an id) or `'keep'` all (memory stays per customer).
   */
  duplicates?: 'reject' | 'keep';
}

/** Options after validation and merging with the defaults. */
export interface ResolvedScoreOptions {
  nowMs: number;
  behaviour: BehaviourDefaults;
  energy: EnergyDefaults;
  textReader: (text: string, options?: ScoreTextOptions) => TextReading;
  textOptions: ScoreTextOptions | undefined;
  futureEvents: 'reject' | 'ignore';
  duplicates: 'reject' | 'keep';
  /** ln 2 / half-life in ms. */
  decayPerMs: number;
}

/** The option names of `scoreCustomers` (and `createCustomerScorer`, which adds `issues`). */
export const SCORE_OPTION_NAMES = ['now', 'weights', 'behaviour', 'energy', 'textReader', 'textOptions', 'futureEvents', 'duplicates'] as const;
/** Where the names of nested options belong, for the message when one is given at the top. */
export const NESTED_OPTION_NAMES: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.keys(ENERGY_DEFAULTS).map((k) => [k, `energy.${k}`]),
  ...Object.keys(BEHAVIOUR_DEFAULTS)
    .filter((k) => k !== 'weights')
    .map((k) => [k, `behaviour.${k}`]),
]);

/** Largest role reach: a multiplier of followers (defaults 1-3); 1e6 keeps audiences finite. */
const MAX_ROLE_REACH = 1e6;

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/**
 * Validate and merge `scoreCustomers` options; misuse throws a named error with its path. O(1).
 *
 * @example
 * resolveScoreOptions({ now: '2026-03-01T00:00:00Z', energy: { halfLifeDays: 30 } }).decayPerMs;
 * resolveScoreOptions({} as never); // throws MissingOptionError (E_OPTION_MISSING, ['options', 'now'])
 */
export function resolveScoreOptions(options: ScoreCustomersOptions | undefined): ResolvedScoreOptions {
  if (options == null || typeof options !== 'object') {
    throw new MissingOptionError('options with `now` are required: there is no hidden clock', ['options']);
  }
  // A misspelt or misplaced option (halfLifeDays beside now) would otherwise be ignored.
  checkOptionNames(options, [...SCORE_OPTION_NAMES, 'issues'], NESTED_OPTION_NAMES);
  if (options.now === undefined) {
    throw new MissingOptionError('options.now is required: there is no hidden clock', ['options', 'now']);
  }
  const nowMs = parseTime(options.now);
  if (!Number.isFinite(nowMs)) {
    throw new InvalidOptionError('options.now must be an ISO time with a zone, epoch ms or a Date', ['options', 'now']);
  }
  const weights: Record<string, number> = { ...BEHAVIOUR_DEFAULTS.weights };
  if (options.weights !== undefined && !isPlainObject(options.weights)) {
    throw new InvalidOptionError("weights must be an object of kind → signed weight ({ 'warranty-claim': -0.8 })", ['options', 'weights']);
  }
  for (const [k, v] of Object.entries(options.weights ?? {})) {
    if (!(typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_WEIGHT)) {
      throw new InvalidOptionError(`weights.${k} must be a number within ±${MAX_WEIGHT}`, ['options', 'weights', k]);
    }
    // defineProperty: a kind of your own may be called '__proto__'.
    Object.defineProperty(weights, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  const { weights: _weights, ...behaviourDefaults } = BEHAVIOUR_DEFAULTS;
  if (isPlainObject(options.behaviour) && Object.hasOwn(options.behaviour, 'weights')) {
    throw new InvalidOptionError('behaviour.weights: pass weights as options.weights', ['options', 'behaviour', 'weights']);
  }
  const behaviour: BehaviourDefaults = { ...mergeOverrides(behaviourDefaults, options.behaviour, ['options', 'behaviour']), weights };
  const energy: EnergyDefaults = mergeOverrides(ENERGY_DEFAULTS, options.energy, ['options', 'energy']);
  for (const key of ['halfLifeDays', 'alpha', 'evidenceScale'] as const) {
    if (!positive(energy[key])) {
      throw new InvalidOptionError(`energy.${key} must be a positive number`, ['options', 'energy', key]);
    }
  }
  if (!(energy.textWeight >= 0 && energy.textWeight <= MAX_WEIGHT)) {
    throw new InvalidOptionError(`energy.textWeight must be in 0..${MAX_WEIGHT}`, ['options', 'energy', 'textWeight']);
  }
  for (const [role, reach] of Object.entries(energy.size.roleReach)) {
    // (1 + followers) × reach stays finite (followers ≤ 1e10).
    if (!(reach >= 0 && reach <= MAX_ROLE_REACH)) {
      throw new InvalidOptionError(`energy.size.roleReach.${role} must be in 0..${MAX_ROLE_REACH}`, ['options', 'energy', 'size', 'roleReach', role]);
    }
  }
  if (!(energy.polarityThreshold >= 0 && energy.polarityThreshold < 1)) {
    throw new InvalidOptionError('energy.polarityThreshold must be in [0, 1)', ['options', 'energy', 'polarityThreshold']);
  }
  if (!(Number.isInteger(energy.contributions) && energy.contributions >= 0 && energy.contributions <= 50)) {
    throw new InvalidOptionError('energy.contributions must be a whole number in 0..50', ['options', 'energy', 'contributions']);
  }
  if (!(energy.size.economicShare >= 0 && energy.size.economicShare <= 1)) {
    throw new InvalidOptionError('energy.size.economicShare must be in [0, 1]', ['options', 'energy', 'size', 'economicShare']);
  }
  if (!positive(behaviour.response.neutralMinutes)) {
    throw new InvalidOptionError('behaviour.response.neutralMinutes must be positive', ['options', 'behaviour', 'response', 'neutralMinutes']);
  }
  // List lengths (review 5, csat 5, effort 7) are checked by mergeOverrides against the defaults.
  const textReader = options.textReader ?? scoreText;
  if (typeof textReader !== 'function') {
    throw new InvalidOptionError('textReader must be a function (text, options) => TextReading', ['options', 'textReader']);
  }
  const futureEvents = options.futureEvents ?? 'reject';
  if (futureEvents !== 'reject' && futureEvents !== 'ignore') {
    throw new InvalidOptionError("futureEvents must be 'reject' or 'ignore'", ['options', 'futureEvents']);
  }
  const duplicates = options.duplicates ?? 'reject';
  if (duplicates !== 'reject' && duplicates !== 'keep') {
    throw new InvalidOptionError("duplicates must be 'reject' or 'keep'", ['options', 'duplicates']);
  }
  return {
    nowMs,
    behaviour,
    energy,
    textReader,
    textOptions: options.textOptions,
    futureEvents,
    duplicates,
    decayPerMs: Math.LN2 / (energy.halfLifeDays * 86_400_000),
  };
}
