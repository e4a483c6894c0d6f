import type { ProfileFields } from '../behaviour/readProfile';
import { computeSizes } from './computeSizes';
import { F, type CustomerTable } from './customerTable';
import { orderRows } from './orderRows';
import type { ResolvedScoreOptions } from './resolveScoreOptions';

/** The table's rows in customer id order, with what each customer weighs (see computeSizes). */
export interface SizedRows {
  /** Row of the j-th customer in id order. */
  rows: Int32Array;
  /** Size, economic strength and social influence of the j-th customer. */
  sizes: Float64Array;
  economic: Float64Array;
  influence: Float64Array;
}

/**
 * Every customer's economic strength (profile value, else spend, else purchases minus refunds)
 * and social influence ((1 + followers) × role reach − 1), read in row order (the table's memory
 * in sequence), then put in customer id order and sized relative to the population.
 * O(customers log customers).
 *
 * @example
 * const { rows, sizes } = sizedRows(table, profiles, resolved); // sizes[j]: the customer of rows[j]
 */
export function sizedRows(t: CustomerTable, profiles: Map<number, ProfileFields>, opts: ResolvedScoreOptions): SizedRows {
  const rows = orderRows(t);
  const economicOfRow = new Float64Array(t.n);
  const influenceOfRow = new Float64Array(t.n);
  for (let i = 0; i < t.n; i++) {
    const p = profiles.size === 0 ? undefined : profiles.get(i);
    const st = t.rows(i);
    const r0 = t.base(i);
    economicOfRow[i] = p?.value ?? p?.spend ?? Math.max(0, st[r0 + F.spend]! - st[r0 + F.refunded]!);
    influenceOfRow[i] = p === undefined ? 0 : (1 + p.followers) * opts.energy.size.roleReach[p.role] - 1;
  }
  const economic = new Float64Array(t.n);
  const influence = new Float64Array(t.n);
  for (let j = 0; j < rows.length; j++) {
    economic[j] = economicOfRow[rows[j]!]!;
    influence[j] = influenceOfRow[rows[j]!]!;
  }
  return { rows, sizes: computeSizes(economic, influence, opts.energy.size.economicShare), economic, influence };
}
