import { checkOptionNames } from '../checkOptionNames';
import { checkReadingLike } from './checkReadingLike';
import { InvalidInputError, InvalidOptionError } from '../errors';
import { idKey } from '../ids';
import { compareCustomerKeys } from './compareCustomerKeys';
import type { EnergyReading } from './schema';
import type { SegmentSummary } from './segmentSchema';

/** Options of {@link summariseSegments}. */
export interface SummariseSegmentsOptions {
  /** Segment of a reading; default `reading.segment`, else `unsegmented`. */
  segmentOf?: (reading: EnergyReading) => string | undefined;
  /** Name for readings without a segment. Default `'all'`. */
  unsegmented?: string;
  /** How many largest positive and negative customers to list. Default 5. */
  top?: number;
}

type Reading = Pick<EnergyReading, 'customerId' | 'energy' | 'size' | 'polarity' | 'segment'>;

const byKey = (a: Reading, b: Reading): number => compareCustomerKeys(idKey(a.customerId), idKey(b.customerId));

/**
 * Summarise readings per segment: count, mean energy, shares positive / neutral / negative, the
 * net energy score 100 × (share positive − share negative) (in points, the NPS convention), the
 * size-weighted total Σ size × energy, and the `top` largest positive and negative customers by
 * impact = size × energy. Segments come out by name; readings are taken in customer id order so
 * the sums are the same bytes whatever their input order. A reading without a usable id, energy,
 * size or polarity throws InvalidInputError with its index; a misspelt option or a segmentOf that
 * returns a non-string throws InvalidOptionError. O(n log n).
 *
 * @example
 * const [retail] = summariseSegments(readings);
 * retail.netEnergyScore; // e.g. 12.5 (points)
 * retail.topNegative[0].customerId; // whom to win back first
 */
export function summariseSegments(readings: readonly Reading[], options: SummariseSegmentsOptions = {}): SegmentSummary[] {
  if (!Array.isArray(readings)) throw new InvalidInputError('readings must be an array of EnergyReading', ['readings']);
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options must be an object', ['options']);
  checkOptionNames(options, ['segmentOf', 'unsegmented', 'top']);
  const top = options.top ?? 5;
  if (!(Number.isInteger(top) && top >= 0)) throw new InvalidOptionError('top must be a whole number ≥ 0', ['options', 'top']);
  const unsegmented = options.unsegmented ?? 'all';
  if (typeof unsegmented !== 'string') throw new InvalidOptionError('unsegmented must be a string', ['options', 'unsegmented']);
  const segmentOf = options.segmentOf ?? ((r: EnergyReading) => r.segment);
  if (typeof segmentOf !== 'function') {
    throw new InvalidOptionError('segmentOf must be a function (reading) => segment name or undefined', ['options', 'segmentOf']);
  }
  readings.forEach((r, i) => checkReadingLike(r, ['readings', i], true));
  const groups = new Map<string, Reading[]>();
  for (const r of [...readings].sort(byKey)) {
    const s = segmentOf(r as EnergyReading) ?? unsegmented;
    if (typeof s !== 'string') {
      throw new InvalidOptionError(`segmentOf returned ${typeof s} for customer ${String(r.customerId)}: a segment is a string`, ['options', 'segmentOf']);
    }
    let g = groups.get(s);
    if (g === undefined) groups.set(s, (g = []));
    g.push(r);
  }
  const names = [...groups.keys()].sort();
  return names.map((segment) => {
    const g = groups.get(segment)!;
    let sum = 0;
    let weighted = 0;
    let pos = 0;
    let neg = 0;
    for (const r of g) {
      sum += r.energy;
      weighted += r.size * r.energy;
      if (r.polarity === 'positive') pos++;
      else if (r.polarity === 'negative') neg++;
    }
    const n = g.length;
    const entry = (r: Reading) => ({ customerId: r.customerId, energy: r.energy, size: r.size, impact: r.size * r.energy });
    const ranked = g.map(entry);
    const topPositive = ranked
      .filter((_, i) => g[i]!.polarity === 'positive')
      .sort((a, b) => b.impact - a.impact)
      .slice(0, top);
    const topNegative = ranked
      .filter((_, i) => g[i]!.polarity === 'negative')
      .sort((a, b) => a.impact - b.impact)
      .slice(0, top);
    return {
      segment,
      count: n,
      meanEnergy: sum / n,
      share: { positive: pos / n, neutral: (n - pos - neg) / n, negative: neg / n },
      netEnergyScore: (100 * (pos - neg)) / n,
      sizeWeightedEnergy: weighted,
      topPositive,
      topNegative,
    };
  });
}
