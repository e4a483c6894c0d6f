import { formatCsvRow } from '../../export/formatCsvRow';
import type { TextReading } from '../../text/schema';
import { READING_COLUMNS, readingCells } from './readingCells';

/** Output formats. */
export type CsvOutputFormat = 'csv' | 'json' | 'ndjson';

/** Formats row-level output: a header, one string per row, a footer. @internal */
export interface RowFormatter {
  head(): string;
  row(line: number, cells: readonly string[], reading: TextReading): string;
  /**
   * What to write for `count` rows that a fresh formatter of the same header, format and
   * delimiter turned into `text` (a worker thread's batch): `text`, after a separator when rows
   * came before (JSON). Later rows and `tail()` follow on from them.
   */
  rows(count: number, text: string): string;
  tail(): string;
}

/**
 * Row-level output. CSV: every input column, escaped against formula injection, then the
 * {@link READING_COLUMNS} (renamed `ce_<name>` when the input already has such a column), in the
 * input's delimiter. JSON / NDJSON: `{ line, row: [[header, cell], ...], reading }` per row (the
 * shape of `CsvRowResultSchema`): pairs, so header names never become object keys.
 * @internal
 */
export function rowFormatter(header: readonly string[], format: CsvOutputFormat, delimiter: string): RowFormatter {
  if (format === 'csv') {
    const taken = new Set(header);
    const extra = READING_COLUMNS.map((c) => (taken.has(c) ? `ce_${c}` : c));
    const opts = { delimiter };
    return {
      head: () => formatCsvRow([...header, ...extra], opts),
      row: (_line, cells, reading) => formatCsvRow([...cells, ...readingCells(reading)], opts),
      rows: (_count, text) => text,
      tail: () => '',
    };
  }
  const keys = header.map((h) => JSON.stringify(h));
  let n = 0;
  const record = (line: number, cells: readonly string[], reading: TextReading): string => {
    let row = '[';
    for (let i = 0; i < keys.length; i++) row += `${i > 0 ? ',' : ''}[${keys[i]},${JSON.stringify(cells[i])}]`;
    return `{"line":${line},"row":${row}],"reading":${JSON.stringify(reading)}}`;
  };
  if (format === 'ndjson') {
    return { head: () => '', row: (l, c, r) => `${record(l, c, r)}\n`, rows: (_count, text) => text, tail: () => '' };
  }
  return {
    head: () => '[',
    row: (l, c, r) => `${n++ > 0 ? ',' : ''}\n${record(l, c, r)}`,
    rows: (count, text) => {
      const before = n > 0 && count > 0 ? ',' : '';
      n += count;
      return before + text;
    },
    tail: () => (n > 0 ? '\n]\n' : ']\n'),
  };
}
