import { ambiguousReason, parseNumberCell, type DecimalMark } from './parseNumberCell';
import type { CsvInteraction } from '../../export/csvInteractionSchema';
import { parseTimestamp } from './parseTimestamp';
import type { ResolvedColumns } from './resolveColumns';

/** Why a row was rejected. */
export interface RowProblem {
  code: 'empty-id' | 'invalid-date' | 'rating-out-of-range' | 'invalid-number' | 'ambiguous-number';
  reason: string;
  column: string;
}

/**
 * Validate one row's mapped cells (by hand, matching `CsvInteractionSchema`): a non-empty id, a
 * parseable date when the date cell is not empty, a rating that is a number in `ratingRange` when
 * present, numeric amount, score and minutes (read by parseNumberCell: a decimal comma and thousands
 * grouped in threes are understood; `1,234` in an amount or minutes cell is ambiguous unless
 * `decimal` names the mark). Empty optional cells are absent. O(cells).
 */
export function parseInteraction(
  cells: readonly string[],
  columns: ResolvedColumns,
  ratingRange: readonly [number, number],
  decimal: DecimalMark = 'auto',
): CsvInteraction | RowProblem {
  const { index, names } = columns;
  const id = cells[index.id!]!.trim();
  if (id.length === 0) return { code: 'empty-id', reason: 'customer id is empty', column: names.id! };
  const row: CsvInteraction = { customerId: id };
  if (index.text !== undefined) row.text = cells[index.text]!;
  if (index.kind !== undefined) {
    const k = cells[index.kind]!.trim();
    if (k.length > 0) row.kind = k;
  }
  if (index.order !== undefined) {
    const o = cells[index.order]!.trim();
    if (o.length > 0) row.order = o;
  }
  for (const role of ['at', 'promisedAt', 'deliveredAt'] as const) {
    const i = index[role];
    if (i === undefined) continue;
    const s = cells[i]!;
    if (s.trim().length === 0) continue;
    const t = parseTimestamp(s);
    if (Number.isNaN(t)) return { code: 'invalid-date', reason: `unparseable date '${s}'`, column: names[role]! };
    row[role] = t;
  }
  for (const role of ['rating', 'amount', 'score', 'minutes'] as const) {
    const i = index[role];
    if (i === undefined) continue;
    const s = cells[i]!.trim();
    if (s.length === 0) continue;
    const x = parseNumberCell(s, decimal, role === 'amount' || role === 'minutes');
    if (x === 'invalid') return { code: 'invalid-number', reason: `${role} '${cells[i]}' is not a number`, column: names[role]! };
    if (x === 'ambiguous') return { code: 'ambiguous-number', reason: ambiguousReason(role, s), column: names[role]! };
    if (role === 'rating' && (x < ratingRange[0] || x > ratingRange[1])) {
      return { code: 'rating-out-of-range', reason: `rating ${x} outside ${ratingRange[0]}-${ratingRange[1]}`, column: names.rating! };
    }
    row[role] = x;
  }
  return row;
}
