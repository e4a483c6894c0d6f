import type { EventFields } from '../behaviour/readEvent';
import type { ProfileFields } from '../behaviour/readProfile';
import type { TextReading } from '../text/schema';
import { F, type CustomerTable } from './customerTable';
import type { ResolvedScoreOptions } from './resolveScoreOptions';
import { customerIdOf, energyOf, polarityOf } from './rowEnergy';
import type { EnergyReading } from './schema';
import { settleRow } from './settleRow';
import { sizedRows } from './sizedRows';

/** What a trend point reads of a reading: the fields summariseSegments uses by default. */
export type TrendReading = Pick<EnergyReading, 'customerId' | 'energy' | 'polarity' | 'size' | 'segment'>;

/**
 * The readings of a table as energyTrend needs them: id, energy, polarity, size and segment, by
 * the same code and in the same order as the full readings (settleRow, energyOf, polarityOf,
 * sizedRows), so every number is the same bytes; without traits, emotions, counts, dates or
 * explanations, which a trend does not read. Settles each row (call once). O(customers log customers).
 *
 * @example
 * for (const r of trendReadings(table, profiles, resolved)) console.log(r.customerId, r.energy);
 */
export function trendReadings(t: CustomerTable, profiles: Map<number, ProfileFields>, opts: ResolvedScoreOptions): TrendReading[] {
  const { rows, sizes } = sizedRows(t, profiles, opts);
  const { alpha, polarityThreshold } = opts.energy;
  const out = new Array<TrendReading>(rows.length);
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]!;
    settleRow(t, i, opts.behaviour, null);
    const energy = energyOf(t.rows(i)[t.base(i) + F.signal]!, alpha);
    const segment = profiles.size === 0 ? undefined : profiles.get(i)?.segment;
    const r: TrendReading = { customerId: customerIdOf(t, i), energy, polarity: polarityOf(energy, polarityThreshold), size: sizes[j]! };
    if (segment !== undefined) r.segment = segment;
    out[j] = r;
  }
  return out;
}

/**
 * The scorer's hidden method that ends it with {@link trendReadings} instead of full readings
 * (energyTrend's; a symbol, so it is no part of the public CustomerScorer).
 */
export const FINISH_TREND: unique symbol = Symbol('customer-energy.finishTrend');

/**
 * The scorer's hidden method that makes it keep its valid events in a {@link ValidEvents} instead
 * of folding them: energyTrend validates every event once (at its last window's end) and replays
 * them into the scorer of each window with {@link ADD_LOGGED}.
 */
export const LOG_EVENTS: unique symbol = Symbol('customer-energy.logEvents');
/** The scorer's hidden method that folds event j of a {@link ValidEvents}, valid as it stands. */
export const ADD_LOGGED: unique symbol = Symbol('customer-energy.addLogged');

/** A scorer with those methods. @internal */
export interface TrendScorer {
  [FINISH_TREND](): TrendReading[];
  [LOG_EVENTS](to: ValidEvents): void;
  [ADD_LOGGED](from: ValidEvents, j: number): void;
}

/**
 * Valid events as the scorer read them (what its rows need of each: id, kind, time, weight,
 * amount, record, text reading), in input order, in columns. @internal
 */
export class ValidEvents {
  readonly num: number[] = [];
  readonly key: string[] = [];
  readonly numericId: boolean[] = [];
  readonly code: number[] = [];
  readonly kind: string[] = [];
  readonly at: number[] = [];
  readonly weight: number[] = [];
  readonly amount: number[] = [];
  readonly record: unknown[] = [];
  readonly text: (TextReading | undefined)[] = [];

  /** Keep one valid event (fields as readEvent filled them). */
  push(f: EventFields, record: unknown, text: TextReading | undefined): void {
    this.num.push(f.num);
    this.key.push(f.key);
    this.numericId.push(f.numericId);
    this.code.push(f.code);
    this.kind.push(f.kind);
    this.at.push(f.atMs);
    this.weight.push(f.weight);
    this.amount.push(f.amount);
    this.record.push(record);
    this.text.push(text);
  }

  get length(): number {
    return this.at.length;
  }
}
