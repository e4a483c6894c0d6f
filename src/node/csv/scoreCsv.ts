import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { CustomerEnergyError, InvalidInputError, InvalidOptionError } from '../../errors';
import type { CsvRole, CsvSummary } from '../../export/csvResultSchemas';
import type { DataIssue } from '../../issues';
import { type ScoreTextOptions, scoreText } from '../../text/scoreText';
import type { CsvBrokenLine, CsvRecord, CsvRecordReader } from './createCsvRecordReader';
import { type CustomerBatch, createCustomerBatch } from './createCustomerBatch';
import { createCustomerStream } from './createCustomerStream';
import { findLatestDate } from './findLatestDate';
import { readCsvRecords } from './readCsvRecords';
import { openSink, type Sink } from './openSink';
import { parseInteraction } from './parseInteraction';
import { type ResolvedColumns, resolveColumns } from './resolveColumns';
import { type RowFormatter, rowFormatter } from './rowOutput';
import { rejectFormatter } from './rejectOutput';
import { readProfilesCsv } from './readProfilesCsv';
import { createTextPool, type TextEssentials, type TextPool } from './textPool';
import { createWorkerRows, type WorkerRows, type WorkerRowsSink } from './workerRows';
import type { TextReading } from '../../text/schema';
import { checkScoreCsvOptions, SCORE_CSV_DEFAULTS, type ScoreCsvOptions } from './scoreCsvOptions';

export { SCORE_CSV_DEFAULTS, type ScoreCsvOptions, type CsvProgress } from './scoreCsvOptions';

/** Bytes per read of an input file (see the measurement where it is used). */
const READ_CHUNK_BYTES = 1 << 14;

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
  checkScoreCsvOptions(o);
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
