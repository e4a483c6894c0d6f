import type { ProfileFields } from '../behaviour/readProfile';
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

/** A scorer with that method. @internal */
export interface TrendScorer {
  [FINISH_TREND](): TrendReading[];
}
