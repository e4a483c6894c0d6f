import { checkOptionNames } from '../../checkOptionNames';
import type { DecimalMark } from './parseNumberCell';
import { createReadStream, statSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { CustomerEnergyError, InvalidInputError, InvalidOptionError } from '../../errors';
import type { CsvRole, CsvSummary } from '../../export/csvResultSchemas';
import type { DataIssue } from '../../issues';
import { type ScoreTextOptions, scoreText } from '../../text/scoreText';
import type { CsvBrokenLine, CsvRecord, CsvRecordReader } from './createCsvRecordReader';
import { type CsvTrendOptions, type CustomerBatch, createCustomerBatch } from './createCustomerBatch';
import { createCustomerStream } from './createCustomerStream';
import type { CsvEncoding } from './decodeChunks';
import { CSV_DELIMITERS } from './detectDelimiter';
import { findLatestDate } from './findLatestDate';
import { readCsvRecords } from './readCsvRecords';
import { openSink, type Sink } from './openSink';
import { parseInteraction } from './parseInteraction';
import { type ColumnMapping, type ResolvedColumns, resolveColumns } from './resolveColumns';
import { type CsvOutputFormat, type RowFormatter, rowFormatter } from './rowOutput';
import { rejectFormatter } from './rejectOutput';
import { readProfilesCsv, type ProfileColumnMapping } from './readProfilesCsv';
import { createTextPool, type TextEssentials, type TextPool } from './textPool';
import { createWorkerRows, type WorkerRows, type WorkerRowsSink } from './workerRows';
import type { TextReading } from '../../text/schema';

/** Defaults of {@link scoreCsv}. */
export const SCORE_CSV_DEFAULTS: {
  per: 'row' | 'customer';
  format: CsvOutputFormat;
  encoding: CsvEncoding;
  ratingRange: readonly [number, number];
  decimal: DecimalMark;
  maxIssues: number;
  progressEvery: number;
  workers: number;
} = {
  /** Row output: constant memory, and every input column kept (the safest default for big files). */
  per: 'row',
  /** CSV: what the input was, and what spreadsheets and warehouses load. */
  format: 'csv',
  /** UTF-8 unless a BOM says UTF-16 (the WHATWG Encoding Standard's BOM sniffing). */
  encoding: 'auto',
  /** Star ratings 1-5: the scale of app stores, Amazon, Google and Trustpilot reviews. */
  ratingRange: [1, 5],
  /**
   * Decimal mark of number cells: `'auto'` reads `12,5` and `12.5` alike and grouped thousands
   * (`1,234.56`, `1.234,56`), and rejects `1,234` in an amount or minutes cell as ambiguous (1234 or
   * 1.234: a factor 1000 on money is never a safe guess); `'.'` or `','` settles it for the file.
   */
  decimal: 'auto',
  /** Issues kept in the returned summary (all rejected rows go to `rejects`): bounds memory. */
  maxIssues: 1000,
  /** Rows between two progress callbacks: often enough for a smooth bar, rare enough to be free. */
  progressEvery: 10_000,
  /**
   * No worker threads: a run starts in no time and small files do not pay for threads (tens of ms
   * each to start and load the lexicons); give `workers` for big files on a machine with cores to spare.
   */
  workers: 0,
};

/** Most worker threads one run may ask for (a typo such as 1000 would start a thread per core many times over). */
const MAX_WORKERS = 256;


/** Bytes per read of an input file (see the measurement where it is used). */
const READ_CHUNK_BYTES = 1 << 14;

/** Progress of a run, for a progress bar. */
export interface CsvProgress {
  rowsRead: number;
  bytesRead: number;
  /** Size of the input file, when the input is a path. */
  totalBytes: number | null;
}

/** Options of {@link scoreCsv}. */
export interface ScoreCsvOptions {
  /** Where results go: a path (created or truncated) or a Writable (left open). None: summary only. */
  out?: string | Writable;
  /** Where rejected rows go (line, code, reason, raw row): a path or a Writable. */
  rejects?: string | Writable;
  /** `'row'`: every row with its reading appended (constant memory). `'customer'`: one row per customer. */
  per?: 'row' | 'customer';
  /** Output format. Default `'csv'`. */
  format?: CsvOutputFormat;
  /** Rejects format. Default `'csv'` (columns line, code, reason, raw); `'ndjson'`: DataIssue lines. */
  rejectsFormat?: 'csv' | 'ndjson';
  /** Column roles by header name; roles not given are detected from common names. */
  columns?: ColumnMapping;
  /** `'auto'` (default: detected from the header line among `,` `;` tab `|`) or one of them. */
  delimiter?: 'auto' | ',' | ';' | '\t' | '|';
  /** `'auto'` (UTF-8, or UTF-16 LE/BE by BOM) or a named encoding; GBK/GB18030 must be named. */
  encoding?: CsvEncoding;
  /** Star rating range; a rating outside it rejects the row. Default [1, 5]. */
  ratingRange?: readonly [number, number];
  /** Decimal mark of number cells: `'auto'` (default), `'.'` or `','` (see SCORE_CSV_DEFAULTS.decimal). */
  decimal?: DecimalMark;
  /** Passed to `scoreText` for every row (e.g. `{ language: 'zh' }`); detected per row when absent. */
  text?: ScoreTextOptions;
  /**
   * Per-customer scoring time (ISO, epoch ms or Date). Default: the latest date in the file, found
   * by a first pass over a file path; for a stream input (or a path that is no regular file, such
   * as /dev/stdin or a named pipe: it can be read only once) without `now` every row is kept until the
   * end (a `customers-buffered` warning in the summary): give `now` to stream in memory ∝ customers.
   */
  now?: string | number | Date;
  /** Most lines one quoted field may span before its quote is judged broken. Default 100. */
  maxRecordLines?: number;
  /** Issues kept in the summary. Default 1000. */
  maxIssues?: number;
  /** Rows between progress callbacks. Default 10 000. */
  progressEvery?: number;
  /**
   * Per customer: a CSV of customer profiles (a path or a stream), one row per customer: id and any
   * of segment, value (a CLV), spend, followers, community role (see PROFILE_COLUMN_ALIASES), read
   * before the events. Readings then carry the segment and a size from the profile; bad profile
   * rows go to the rejects with their line in this file and a path starting with `profiles`.
   */
  profiles?: string | Readable;
  /** Profile column roles by header name; roles not given are detected from common names. */
  profileColumns?: ProfileColumnMapping;
  /**
   * Per customer: write each segment's energy at the end of successive windows (energyTrend's
   * points) instead of the readings: `{ every: 'week', windows: 12 }` (the defaults). Every row is
   * kept until the end (memory ∝ rows, as a stream without `now`); windows end at `now`.
   */
  trend?: CsvTrendOptions;
  /**
   * Worker threads that score the texts (and, for row output, format the rows) while this thread
   * reads, validates and writes. Default 0: everything on this thread. Output, rejects and summary
   * are the same bytes whatever the number. Not used by a per-customer run that keeps its rows
   * until the end (a stream without `now`). Text options must be copyable to a thread (no functions).
   */
  workers?: number;
  /** Called every `progressEvery` rows and at the end. */
  onProgress?: (p: CsvProgress) => void;
}

/**
 * Score a CSV export of any size, streaming: rows are read, validated, scored with `scoreText`
 * and written as they arrive (constant memory for row output). `per: 'customer'` pushes each row
 * into `createCustomerScorer` as it arrives (memory ∝ customers) when `now` is given or the input
 * is a regular file's path (then a first, scoring-free pass finds the latest date, the default
 * `now`); a stream (or a pipe's path, /dev/stdin) without `now` is kept whole until the end (memory ∝ rows, about 90 bytes plus the text
 * per row), and the summary says so with a `customers-buffered` warning issue. Every input column is kept and the reading appended. Bad rows (wrong
 * number of cells, broken quotes, unparseable date, rating out of range, empty id) go to `rejects`
 * with line, raw row and reason; good rows are still scored; the summary reconciles:
 * `rowsRead = rowsScored + rowsRejected`. Header names are data, never object keys. With
 * `workers: n`, n worker threads score the texts (and format the rows) while this thread reads,
 * validates and writes; output, rejects and summary are the same bytes (see createWorkerRows).
 *
 * Throws (misuse, before any row): {@link CustomerEnergyError} `E_IO` for a missing input file
 * (and, when it cannot be written, for an `out` or `rejects` path),
 * {@link InvalidInputError} for an empty file, duplicate header names or no id column,
 * {@link InvalidOptionError} for a bad option or a mapped column the header lacks.
 *
 * Time O(rows × text length) (plus one parse-only pass for a path per customer without `now`);
 * memory O(chunk + line), plus O(customers) per customer (O(rows) for a stream without `now`).
 *
 * @example
 * const summary = await scoreCsv('tickets.csv', { out: 'readings.csv', rejects: 'rejects.csv',
 *   columns: { id: 'customer_id', text: 'comment' }, workers: 2 });
 * summary.rowsRead === summary.rowsScored + summary.rowsRejected; // true
 */
export async function scoreCsv(input: string | Readable, options: ScoreCsvOptions = {}): Promise<CsvSummary> {
  // Options explicitly set to undefined take their default.
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) as ScoreCsvOptions;
  const o = { ...SCORE_CSV_DEFAULTS, delimiter: 'auto' as const, ...given };
  checkOptions(o);
  let totalBytes: number | null = null;
  // A path that is not a regular file (/dev/stdin, a named pipe) can be read only once: a stream.
  let readTwice = false;
  if (typeof input === 'string') {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(input);
    } catch {
      throw new CustomerEnergyError('E_IO', `cannot read input file '${input}'`, ['input']);
    }
    if (stat.isDirectory()) throw new CustomerEnergyError('E_IO', `cannot read input file '${input}': it is a directory`, ['input']);
    readTwice = stat.isFile();
    totalBytes = readTwice ? stat.size : null;
  } else if (input === null || typeof input !== 'object' || typeof (input as Readable)[Symbol.asyncIterator] !== 'function') {
    throw new InvalidOptionError('input must be a path or a readable stream', ['input']);
  }
  const seen = { bytes: 0, encoding: 'utf-8', delimiter: '' };
  let now = o.now;
  let buffered = false;
  if (o.per === 'customer' && now === undefined && o.trend === undefined) {
    if (typeof input === 'string' && readTwice) {
      const latest = await findLatestDate(input, { ...o, chunkBytes: READ_CHUNK_BYTES });
      now = Number.isFinite(latest) ? latest : 0;
    } else buffered = true;
  }
  // 16 kB reads (measured on the 1 M-row bench file: peak RSS 285 MB with 64 kB reads, 177 MB with
  // 16 kB, same speed): fewer rows in flight per chunk, so less short-lived garbage is promoted.
  const source: AsyncIterable<Uint8Array | string> =
    typeof input === 'string' ? createReadStream(input, { highWaterMark: READ_CHUNK_BYTES }) : input;

  const out: Sink | null = o.out === undefined ? null : openSink(o.out, ['options', 'out']);
  const rejects: Sink | null = o.rejects === undefined ? null : openSink(o.rejects, ['options', 'rejects']);
  const rejectLine = rejectFormatter(o.rejectsFormat);
  if (rejects) rejects.write(rejectLine.head());
  const issues: DataIssue[] = [];
  if (buffered) {
    issues.push({
      severity: 'warning',
      code: 'customers-buffered',
      reason: 'per-customer scoring of a stream without options.now keeps every row until the end (about 90 bytes plus its text per row): give now, or a file path, for memory per customer',
    });
  }
  let kept = 0;
  let rowsRead = 0;
  let rowsScored = 0;
  let rowsRejected = 0;
  let header: string[] | null = null;
  let columns: ResolvedColumns | null = null;
  let format: RowFormatter | null = null;
  let batch: CustomerBatch | null = null;

  let profilesRead = 0;
  let profilesRejected = 0;
  const profileRecords: Record<string, unknown>[] = [];
  const keepIssue = (issue: DataIssue): void => {
    // Kept issues hold a flat copy of the raw row: the row is a slice of its input chunk.
    if (kept < o.maxIssues) {
      kept++;
      issues.push(typeof issue.record === 'string' ? { ...issue, record: ` ${issue.record}`.slice(1) } : issue);
    }
    if (rejects) rejects.write(rejectLine.row(issue));
  };
  const reject = (issue: DataIssue): void => {
    rowsRejected++;
    keepIssue(issue);
  };

  // With worker threads, rows go out in batches, in input order (createWorkerRows).
  let pool: TextPool | null = null;
  let workerRows: WorkerRows | null = null;
  // The reading a worker made of the row being added (per customer), handed to the scorer.
  let preset: { text: string; reading: TextEssentials } | null = null;
  // The scorer reads only a text's energy, confidence, traits and emotions (as energyTrend's readOnce).
  const presetReader = (text: string, textOptions?: ScoreTextOptions): TextReading => {
    const p = preset;
    preset = null;
    return p !== null && p.text === text ? (p.reading as TextReading) : scoreText(text, textOptions);
  };
  const setAside = (issue: DataIssue): void => {
    if (workerRows === null) reject(issue);
    else workerRows.setAside(issue);
  };
  const sink: WorkerRowsSink = {
    reject,
    rows(count, text) {
      rowsScored += count;
      out?.write((format as RowFormatter).rows(count, text));
    },
    customerRow(row, line, text, reading) {
      preset = reading === null ? null : { text, reading };
      const bad = (customerBatch as CustomerBatch).add(row, line);
      preset = null;
      if (bad !== undefined) reject(bad);
    },
    async flush() {
      if (out) await out.maybeFlush();
      if (rejects) await rejects.maybeFlush();
    },
  };
  let customerBatch: CustomerBatch | null = null;

  const handle = (rec: CsvRecord | CsvBrokenLine, reader: CsvRecordReader): void => {
    if (header === null) {
      if (rec.kind === 'broken') throw new InvalidInputError(`the header row is broken: ${rec.reason}`, ['header']);
      header = rec.cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
      columns = resolveColumns(header, o.columns);
      reader.setExpectedCells(header.length);
      // A trend keeps every row until the end (energyTrend reads them once per call).
      const streamed = o.per === 'row' || (now !== undefined && o.trend === undefined);
      if (o.workers > 0 && streamed) {
        pool = createTextPool(o.workers, {
          type: 'setup',
          mode: o.per === 'row' ? 'rows' : 'readings',
          header,
          format: o.format,
          delimiter: seen.delimiter,
          text: o.text,
        });
        workerRows = createWorkerRows(pool, o.per, o.workers, sink);
      }
      if (o.per === 'customer') {
        batch =
          now === undefined || o.trend !== undefined
            ? createCustomerBatch(columns, { ...o, now })
            : createCustomerStream(columns, { ...o, now, ...(pool !== null ? { textReader: presetReader } : {}) });
        customerBatch = batch;
        for (const record of profileRecords) batch.addProfile(record);
        profileRecords.length = 0;
      } else {
        format = rowFormatter(header, o.format, seen.delimiter);
        out?.write(format.head());
      }
      return;
    }
    rowsRead++;
    if (rec.kind === 'broken') {
      setAside({ severity: 'rejected', code: rec.code, reason: rec.reason, line: rec.line, record: rec.raw });
      return;
    }
    if (rec.cells.length !== header.length) {
      const reason = `${rec.cells.length} cells, the header has ${header.length}`;
      setAside({ severity: 'rejected', code: 'wrong-cell-count', reason, line: rec.line, record: rec.raw });
      return;
    }
    const row = parseInteraction(rec.cells, columns!, o.ratingRange, o.decimal);
    if ('code' in row) {
      setAside({ severity: 'rejected', code: row.code, reason: row.reason, line: rec.line, path: [row.column], record: rec.raw });
      return;
    }
    if (workerRows !== null) {
      workerRows.push(rec.line, rec.cells, row, row.text ?? '');
      return;
    }
    if (batch !== null) {
      const bad = batch.add(row, rec.line);
      if (bad !== undefined) reject(bad);
      return;
    }
    rowsScored++;
    const reading = scoreText(row.text ?? '', o.text);
    out?.write(format!.row(rec.line, rec.cells, reading));
  };

  let nextProgress = o.progressEvery;
  const progress = (): void => o.onProgress?.({ rowsRead, bytesRead: seen.bytes, totalBytes });
  try {
    if (o.profiles !== undefined) {
      // Profiles first (memory: one record per customer, as the scorer keeps them anyway).
      const read = { encoding: o.encoding, delimiter: o.delimiter, maxRecordLines: o.maxRecordLines, decimal: o.decimal, columns: o.profileColumns };
      for await (const row of readProfilesCsv(o.profiles, read)) {
        profilesRead++;
        if ('issue' in row) {
          profilesRejected++;
          keepIssue(row.issue);
        } else profileRecords.push(row.record);
      }
      if (rejects) await rejects.maybeFlush();
    }
    for await (const { reader, records } of readCsvRecords(source, o, seen)) {
      for (const rec of records) handle(rec, reader);
      await (workerRows as WorkerRows | null)?.settle(false);
      if (out) await out.maybeFlush();
      if (rejects) await rejects.maybeFlush();
      if (rowsRead >= nextProgress) {
        progress();
        nextProgress = rowsRead + o.progressEvery;
      }
    }
    if (header === null) throw new InvalidInputError('the input is empty: a header row is required', ['input']);
    await (workerRows as WorkerRows | null)?.settle(true);
    let customers: number | null = null;
    const b = batch as CustomerBatch | null;
    if (b !== null) {
      const done = b.finish(reject, o.format);
      customers = done.customers;
      rowsScored += done.rowsScored;
      for (const text of done.output) {
        out?.write(text);
        if (out) await out.maybeFlush();
      }
    } else if (format !== null) out?.write((format as RowFormatter).tail());
    progress();
    if (rowsRead !== rowsScored + rowsRejected) {
      throw new CustomerEnergyError('E_IO', `internal: counts do not reconcile (${rowsRead} ≠ ${rowsScored} + ${rowsRejected})`);
    }
    return {
      rowsRead,
      rowsScored,
      rowsRejected,
      customers,
      delimiter: seen.delimiter,
      encoding: seen.encoding,
      columns: (columns as ResolvedColumns | null)?.names ?? ({} as Partial<Record<CsvRole, string>>),
      issues,
      issuesTruncated: rowsRejected + profilesRejected > kept,
      ...(o.profiles !== undefined ? { profiles: { read: profilesRead, used: profilesRead - profilesRejected, rejected: profilesRejected } } : {}),
    };
  } finally {
    await (pool as TextPool | null)?.close();
    await out?.close();
    await rejects?.close();
  }

}

const OPTION_NAMES: readonly (keyof ScoreCsvOptions)[] = [
  'out', 'rejects', 'per', 'format', 'rejectsFormat', 'columns', 'delimiter', 'encoding', 'ratingRange', 'decimal',
  'text', 'now', 'maxRecordLines', 'maxIssues', 'progressEvery', 'onProgress', 'workers', 'profiles', 'profileColumns', 'trend',
];


function checkOptions(o: ScoreCsvOptions & typeof SCORE_CSV_DEFAULTS): asserts o is ScoreCsvOptions & typeof SCORE_CSV_DEFAULTS & { delimiter: 'auto' | ',' | ';' | '\t' | '|' } {
  const bad = (key: string, msg: string): never => {
    throw new InvalidOptionError(`${key} ${msg}`, ['options', key]);
  };
  // A misspelt option ('reject', 'output') would otherwise be ignored: no rejects file, no output.
  checkOptionNames(o, OPTION_NAMES);
  if (o.per !== 'row' && o.per !== 'customer') bad('per', "must be 'row' or 'customer'");
  if (!['csv', 'json', 'ndjson'].includes(o.format)) bad('format', "must be 'csv', 'json' or 'ndjson'");
  if (o.rejectsFormat !== undefined && !['csv', 'ndjson'].includes(o.rejectsFormat)) bad('rejectsFormat', "must be 'csv' or 'ndjson'");
  if (o.delimiter !== undefined && o.delimiter !== 'auto' && !(CSV_DELIMITERS as readonly string[]).includes(o.delimiter)) {
    bad('delimiter', "must be 'auto', ',', ';', tab or '|'");
  }
  const r = o.ratingRange;
  if (!Array.isArray(r) || r.length !== 2 || !(r[0] <= r[1])) bad('ratingRange', 'must be [min, max] with min ≤ max');
  if (!['auto', '.', ','].includes(o.decimal)) bad('decimal', "must be 'auto', '.' or ','");
  if (o.maxRecordLines !== undefined && !(Number.isInteger(o.maxRecordLines) && o.maxRecordLines >= 1)) {
    bad('maxRecordLines', 'must be a positive integer');
  }
  if (!(Number.isInteger(o.maxIssues) && o.maxIssues >= 0)) bad('maxIssues', 'must be a non-negative integer');
  if (!(Number.isInteger(o.progressEvery) && o.progressEvery >= 1)) bad('progressEvery', 'must be a positive integer');
  if (!(Number.isInteger(o.workers) && o.workers >= 0 && o.workers <= MAX_WORKERS)) bad('workers', `must be a whole number 0..${MAX_WORKERS}`);
  if (o.profiles !== undefined && o.per !== 'customer') bad('profiles', "are read per customer: give per: 'customer'");
  if (o.trend !== undefined) {
    if (o.per !== 'customer') bad('trend', "is per customer: give per: 'customer'");
    if (o.trend === null || typeof o.trend !== 'object') bad('trend', "must be { every?: 'day' | 'week' | { days }, windows? }");
    checkOptionNames(o.trend, ['every', 'windows'], undefined, ['options', 'trend']);
  }
  if (o.profileColumns !== undefined && (o.profileColumns === null || typeof o.profileColumns !== 'object')) bad('profileColumns', 'must be an object of header names');
}
