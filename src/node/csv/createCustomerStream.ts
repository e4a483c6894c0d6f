import { createCustomerScorer, type CustomerScorerOptions } from '../../energy/createCustomerScorer';
import { CustomerEnergyError } from '../../errors';
import type { CsvInteraction } from '../../export/csvInteractionSchema';
import type { ScoreTextOptions } from '../../text/scoreText';
import { type CustomerBatch, customerOutput, requireDateColumn } from './createCustomerBatch';
import type { ResolvedColumns } from './resolveColumns';

/** A flat copy: a cell is a slice of its line and, kept, would keep the whole input chunk alive. */
const flat = (s: string): string => ` ${s}`.slice(1);

/**
 * Per-customer aggregation of a CSV run when `now` is known before the first row: each row becomes
 * an event (the same record the buffered batch builds, key for key) and is pushed into
 * `createCustomerScorer` at once: its text is scored there and dropped. Events the scorer rejects
 * (an NPS of 11, a message without text, an event after `now`) are returned from `add` with their
 * line, so they reach the rejects output as they stream. Memory: per customer (the scorer's flat
 * rows and its top contributions), not per row. @internal
 * @example
 * const batch = createCustomerStream(columns, { now: '2026-03-03' });
 */
export function createCustomerStream(
  columns: ResolvedColumns,
  options: { now: string | number | Date; text?: ScoreTextOptions; textReader?: CustomerScorerOptions['textReader'] },
): CustomerBatch {
  requireDateColumn(columns);
  const scorer = createCustomerScorer({
    now: options.now,
    issues: 'return',
    ...(options.text ? { textOptions: options.text } : {}),
    ...(options.textReader ? { textReader: options.textReader } : {}),
  });
  const kinds = new Map<string, string>();
  let added = 0;
  let rejected = 0;

  const event = (row: CsvInteraction): Record<string, unknown> => {
    const k = row.kind ?? (row.rating !== undefined ? 'review' : row.score !== undefined ? 'nps' : 'message');
    let kind = kinds.get(k);
    if (kind === undefined) kinds.set((kind = flat(k)), kind);
    const e: Record<string, unknown> = { customerId: flat(row.customerId), kind };
    if (row.at !== undefined && !Number.isNaN(row.at)) e.at = row.at;
    if (row.rating !== undefined && !Number.isNaN(row.rating)) e.rating = row.rating;
    if (row.amount !== undefined && !Number.isNaN(row.amount)) e.amount = row.amount;
    if (row.score !== undefined && !Number.isNaN(row.score)) e.score = row.score;
    if (row.minutes !== undefined && !Number.isNaN(row.minutes)) e.minutes = row.minutes;
    if (row.promisedAt !== undefined && !Number.isNaN(row.promisedAt)) e.promisedAt = row.promisedAt;
    if (row.deliveredAt !== undefined && !Number.isNaN(row.deliveredAt)) e.deliveredAt = row.deliveredAt;
    if (row.order !== undefined) e.orderId = flat(row.order);
    if (row.text !== undefined && row.text.trim().length > 0) e.text = flat(row.text);
    return e;
  };

  return {
    addProfile(record) {
      const issue = scorer.addProfile(record);
      // Checked by readProfilesCsv (valid, one per customer): a refusal here is a bug, not data.
      if (issue !== undefined) throw new CustomerEnergyError('E_IO', `internal: a checked profile was refused (${issue.reason})`, ['profiles']);
    },
    add(row, line) {
      added++;
      const issue = scorer.add(event(row));
      if (issue === undefined) return undefined;
      rejected++;
      const { index: _index, ...rest } = issue;
      return { ...rest, line, record: JSON.stringify(issue.record) };
    },
    finish(_reject, format) {
      // Readings are built as the output is written: only the scorer's flat rows stay in memory.
      const { readings, stats } = scorer.finishEach();
      return { customers: stats.customers, rowsScored: added - rejected, output: customerOutput(readings, format) };
    },
  };
}
