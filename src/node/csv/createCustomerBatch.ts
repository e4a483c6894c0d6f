import { scoreCustomers } from '../../energy/scoreCustomers';
import { trendWithIssues } from '../../energy/energyTrend';
import { TrendPointSchema, type TrendPoint } from '../../energy/segmentSchema';
import { EnergyReadingSchema, type EnergyReading } from '../../energy/schema';
import { CustomerEnergyError, InvalidInputError } from '../../errors';
import type { CsvInteraction } from '../../export/csvInteractionSchema';
import { formatCsvRow } from '../../export/formatCsvRow';
import { toNdjson } from '../../export/toNdjson';
import type { DataIssue } from '../../issues';
import type { ScoreTextOptions } from '../../text/scoreText';
import { topScores } from './readingCells';
import type { ResolvedColumns } from './resolveColumns';
import { StringArena } from './StringArena';
import type { CsvOutputFormat } from './rowOutput';

/** Per-customer aggregation of a CSV run. @internal */
export interface CustomerBatch {
  /** Take one parsed row; returns its issue (with its line) when it is rejected now. */
  add(row: CsvInteraction, line: number): DataIssue | undefined;
  /** Take one customer profile, checked by readProfilesCsv (valid, one per customer). */
  addProfile(record: Record<string, unknown>): void;
  finish(reject: (i: DataIssue) => void, format: CsvOutputFormat): { customers: number; rowsScored: number; output: Iterable<string> };
}

/** Columns of per-customer CSV output. */
export const CUSTOMER_COLUMNS = ['customer_id', 'energy', 'level', 'polarity', 'size', 'confidence', 'traits', 'emotions', 'events', 'texts', 'summary', 'segment'] as const;

class Column<T extends Float64Array | Uint32Array> {
  constructor(public data: T) {}
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const C = this.data.constructor as new (n: number) => T;
      const b = new C(this.data.length * 2);
      b.set(this.data);
      this.data = b;
    }
    this.data[i] = v;
  }
}

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Rows kept compactly (typed columns for customer, times, kind, rating, amount, score, minutes and
 * line; the order id and text as UTF-8 in a byte arena) until the end of the input, then given to `scoreCustomers` once as a lazy
 * iterable of events (it needs `now` before the first event, and the default `now` is the latest
 * date in the file). A row's event kind is its `kind` cell, else `review` when it has a rating,
 * `nps` when it has a score, else `message`. Events that scoreCustomers rejects (an NPS of 11, a
 * message without text, an event after `now`) become rejected rows with their line.
 * Memory: about 90 bytes per row plus its text and order id in UTF-8, and per customer what
 * scoreCustomers keeps. Used only when `now` is unknown and the input cannot be read twice (a
 * stream); otherwise `createCustomerStream` scores rows as they arrive, in memory per customer.
 * @internal
 * @example
 * const batch = createCustomerBatch(columns, {}); // rows kept; `now` = latest date at finish
 */
export function createCustomerBatch(
  columns: ResolvedColumns,
  options: { now?: string | number | Date; text?: ScoreTextOptions; trend?: CsvTrendOptions },
): CustomerBatch {
  requireDateColumn(columns);
  const ids = new Map<string, number>();
  const idList: string[] = [];
  const kinds = new Map<string, number>();
  const kindList: string[] = [];
  const cust = new Column(new Uint32Array(1024));
  const at = new Column(new Float64Array(1024));
  const kind = new Column(new Uint32Array(1024));
  const rating = new Column(new Float64Array(1024));
  const amount = new Column(new Float64Array(1024));
  const score = new Column(new Float64Array(1024));
  const minutes = new Column(new Float64Array(1024));
  const promised = new Column(new Float64Array(1024));
  const delivered = new Column(new Float64Array(1024));
  const lines = new Column(new Uint32Array(1024));
  const orders = new StringArena();
  const texts = new StringArena();
  let n = 0;
  let latest = Number.NEGATIVE_INFINITY;

  const event = (i: number): Record<string, unknown> => {
    const e: Record<string, unknown> = { customerId: idList[cust.data[i]!]!, kind: kindList[kind.data[i]!]! };
    const t = at.data[i]!;
    if (!Number.isNaN(t)) e.at = t;
    if (!Number.isNaN(rating.data[i]!)) e.rating = rating.data[i];
    if (!Number.isNaN(amount.data[i]!)) e.amount = amount.data[i];
    if (!Number.isNaN(score.data[i]!)) e.score = score.data[i];
    if (!Number.isNaN(minutes.data[i]!)) e.minutes = minutes.data[i];
    if (!Number.isNaN(promised.data[i]!)) e.promisedAt = promised.data[i];
    if (!Number.isNaN(delivered.data[i]!)) e.deliveredAt = delivered.data[i];
    const order = orders.get(i);
    if (order !== undefined) e.orderId = order;
    const text = texts.get(i);
    if (text !== undefined) e.text = text;
    return e;
  };

  const profiles: Record<string, unknown>[] = [];
  return {
    addProfile(record) {
      profiles.push(record);
    },
    add(row, line) {
      let c = ids.get(row.customerId);
      if (c === undefined) {
        // A flat copy: the cell is a slice of its line and would keep the input chunk alive.
        const id = (` ${row.customerId}`).slice(1);
        ids.set(id, (c = idList.length));
        idList.push(id);
      }
      const k = row.kind ?? (row.rating !== undefined ? 'review' : row.score !== undefined ? 'nps' : 'message');
      let kc = kinds.get(k);
      if (kc === undefined) {
        const flat = ` ${k}`.slice(1);
        kinds.set(flat, (kc = kindList.length));
        kindList.push(flat);
      }
      cust.set(n, c);
      at.set(n, row.at ?? Number.NaN);
      kind.set(n, kc);
      rating.set(n, row.rating ?? Number.NaN);
      amount.set(n, row.amount ?? Number.NaN);
      score.set(n, row.score ?? Number.NaN);
      minutes.set(n, row.minutes ?? Number.NaN);
      promised.set(n, row.promisedAt ?? Number.NaN);
      delivered.set(n, row.deliveredAt ?? Number.NaN);
      orders.push(row.order);
      lines.set(n, line);
      texts.push(row.text !== undefined && row.text.trim().length > 0 ? row.text : undefined);
      if (row.at !== undefined && row.at > latest) latest = row.at;
      n++;
      return undefined;
    },
    finish(reject, format) {
      const now = options.now ?? (Number.isFinite(latest) ? latest : 0);
      const events = {
        *[Symbol.iterator]() {
          for (let i = 0; i < n; i++) yield event(i);
        },
      };
      const textOptions = options.text ? { textOptions: options.text } : {};
      const trend = options.trend === undefined ? null : trendWithIssues({ events, profiles }, { ...options.trend, now, ...textOptions });
      const result = trend === null ? scoreCustomers({ events, profiles }, { now, ...textOptions }) : null;
      let rejected = 0;
      for (const issue of trend?.issues ?? result!.issues) {
        if (issue.severity !== 'rejected' || issue.index === undefined) continue;
        // Events' issues come first; profiles were checked by readProfilesCsv and cannot fail here.
        if (issue.index >= n || issue.code.startsWith('profile-')) {
          throw new CustomerEnergyError('E_IO', `internal: a checked profile was refused (${issue.reason})`, ['profiles']);
        }
        rejected++;
        const { index, ...rest } = issue;
        reject({ ...rest, line: lines.data[index]!, record: JSON.stringify(issue.record) });
      }
      if (trend !== null) {
        const last = trend.points.at(-1)?.at;
        const customers = trend.points.reduce((sum, p) => sum + (p.at === last ? p.count : 0), 0);
        return { customers, rowsScored: n - rejected, output: trendOutput(trend.points, format) };
      }
      return { customers: result!.readings.length, rowsScored: n - rejected, output: customerOutput(result!.readings, format) };
    },
  };
}

/** Per-customer scoring weighs events by age: a date column is required. @internal */
export function requireDateColumn(columns: ResolvedColumns): void {
  if (columns.index.at === undefined) {
    throw new InvalidInputError("per-customer scoring needs a date column (map one with columns.at): recency decay weighs every event by its age", ['header']);
  }
}

/** scoreCsv's `trend` option: energyTrend's windows (every and how many), ending at `now`. */
export interface CsvTrendOptions {
  /** Window step: `'day'`, `'week'` (default) or `{ days: n }`. */
  every?: 'day' | 'week' | { days: number };
  /** How many windows. Default 12. */
  windows?: number;
}

/** Columns of trend output (one row per window and segment, oldest first). */
export const TREND_COLUMNS = ['at', 'segment', 'customers', 'mean_energy', 'net_energy_score', 'size_weighted_energy'] as const;

/** Trend points as output text, in pieces: CSV rows of TREND_COLUMNS, or TrendPoints in JSON / NDJSON. @internal */
export function* trendOutput(points: readonly TrendPoint[], format: CsvOutputFormat): Generator<string> {
  if (format !== 'csv') {
    const lines = points.map((p) => JSON.stringify(TrendPointSchema.parse(p)));
    yield format === 'ndjson' ? lines.map((l) => `${l}\n`).join('') : lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`;
    return;
  }
  yield formatCsvRow(TREND_COLUMNS);
  for (const p of points) yield formatCsvRow([p.at, p.segment, p.count, r4(p.meanEnergy), Math.round(p.netEnergyScore * 100) / 100, r4(p.sizeWeightedEnergy)]);
}

/** The readings as per-customer output text, in pieces. @internal */
export function* customerOutput(readings: Iterable<EnergyReading>, format: CsvOutputFormat): Generator<string> {
  if (format === 'ndjson') {
    yield* toNdjson(readings, { schema: EnergyReadingSchema });
    return;
  }
  if (format === 'json') {
    yield '[';
    let first = true;
    for (const line of toNdjson(readings, { schema: EnergyReadingSchema })) {
      yield `${first ? '' : ','}\n${line.slice(0, -1)}`;
      first = false;
    }
    yield first ? ']\n' : '\n]\n';
    return;
  }
  yield formatCsvRow(CUSTOMER_COLUMNS);
  for (const r of readings) {
    yield formatCsvRow([
      String(r.customerId), r4(r.energy), r4(r.level), r.polarity, r4(r.size), r4(r.confidence),
      topScores(r.traits), topScores(r.emotions), r.counts.events, r.counts.texts, r.summary, r.segment ?? '',
    ]);
  }
}
