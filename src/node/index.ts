/**
 * customer-energy/node: the Node-only parts (CSV streams, worker threads, files).
 * Each area owns its block below.
 */

// -- spread (worker threads)
export { simulateSpreadParallel, type SimulateSpreadParallelOptions } from './spread/simulateSpreadParallel';
// -- /spread

// -- batch (CSV streams)
export { scoreCsv, SCORE_CSV_DEFAULTS, type ScoreCsvOptions, type CsvProgress } from './csv/scoreCsv';
export {
  createCsvRecordReader,
  type CsvRecord,
  type CsvBrokenLine,
  type CsvRecordReader,
  type CsvRecordReaderOptions,
} from './csv/createCsvRecordReader';
export { detectDelimiter, CSV_DELIMITERS } from './csv/detectDelimiter';
export { CSV_ENCODINGS, type CsvEncoding } from './csv/decodeChunks';
export { COLUMN_ALIASES, type ColumnMapping } from './csv/resolveColumns';
export { parseTimestamp } from './csv/parseTimestamp';
export { READING_COLUMNS, READING_CELL_DEFAULTS } from './csv/readingCells';
export type { CsvOutputFormat } from './csv/rowOutput';
export { CUSTOMER_COLUMNS, TREND_COLUMNS, type CsvTrendOptions } from './csv/createCustomerBatch';
export {
  readProfilesCsv,
  PROFILE_ROLES,
  PROFILE_COLUMN_ALIASES,
  type ProfileRole,
  type ProfileColumnMapping,
  type ProfileRow,
  type ProfilesCsvOptions,
} from './csv/readProfilesCsv';
// -- /batch

export {};
