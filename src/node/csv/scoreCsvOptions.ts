import type { Readable, Writable } from 'node:stream';
import { checkOptionNames } from '../../checkOptionNames';
import { InvalidOptionError } from '../../errors';
import type { ScoreTextOptions } from '../../text/scoreText';
import type { CsvTrendOptions } from './createCustomerBatch';
import type { CsvEncoding } from './decodeChunks';
import { CSV_DELIMITERS } from './detectDelimiter';
import type { DecimalMark } from './parseNumberCell';
import type { ProfileColumnMapping } from './readProfilesCsv';
import type { ColumnMapping } from './resolveColumns';
import type { CsvOutputFormat } from './rowOutput';

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

const OPTION_NAMES: readonly (keyof ScoreCsvOptions)[] = [
  'out', 'rejects', 'per', 'format', 'rejectsFormat', 'columns', 'delimiter', 'encoding', 'ratingRange', 'decimal',
  'text', 'now', 'maxRecordLines', 'maxIssues', 'progressEvery', 'onProgress', 'workers', 'profiles', 'profileColumns', 'trend',
];


/**
 * Check scoreCsv's options (after defaults): an unknown name, a value of the wrong kind, or an
 * option that does not go with `per` throws InvalidOptionError with its path. O(options).
 *
 * @example
 * checkScoreCsvOptions({ ...SCORE_CSV_DEFAULTS, delimiter: 'auto', per: 'row', profiles: 'c.csv' }); // throws: profiles are per customer
 */
export function checkScoreCsvOptions(o: ScoreCsvOptions & typeof SCORE_CSV_DEFAULTS): asserts o is ScoreCsvOptions & typeof SCORE_CSV_DEFAULTS & { delimiter: 'auto' | ',' | ';' | '\t' | '|' } {
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
