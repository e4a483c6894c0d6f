import { createReadStream, statSync } from 'node:fs';
import { createCsvRecordReader } from '../node/csv/createCsvRecordReader';
import { decodeChunks } from '../node/csv/decodeChunks';
import { detectDelimiter } from '../node/csv/detectDelimiter';
import { firstLineEnd } from '../node/csv/firstLineEnd';
import { UsageError } from './UsageError';

/** A small CSV file in memory: header, a Map from header name to column, rows of cells. */
export interface CsvTable {
  header: string[];
  column: Map<string, number>;
  rows: { line: number; cells: string[] }[];
  /** Lines that were not rows of the header's width (broken quotes, wrong cell counts). */
  skipped: { line: number; reason: string }[];
}

/**
 * Read a whole (small: edges, readings, fixtures) CSV file with the recovering reader. Header
 * names go into a Map, never object keys. A missing file is a UsageError.
 */
export async function readCsvTable(path: string, what: string): Promise<CsvTable> {
  try {
    if (!statSync(path).isFile()) throw new Error();
  } catch {
    throw new UsageError(`${what} file not found: ${path}`);
  }
  let reader: ReturnType<typeof createCsvRecordReader> | null = null;
  let head = '';
  const table: CsvTable = { header: [], column: new Map(), rows: [], skipped: [] };
  const take = (recs: ReturnType<NonNullable<typeof reader>['push']>): void => {
    for (const r of recs) {
      if (r.kind === 'broken') table.skipped.push({ line: r.line, reason: r.reason });
      else if (table.column.size === 0 && table.header.length === 0) {
        table.header = r.cells.map((h) => h.trim());
        table.header.forEach((h, i) => table.column.set(h, i));
        reader!.setExpectedCells(r.cells.length);
      } else if (r.cells.length !== table.header.length) {
        table.skipped.push({ line: r.line, reason: `${r.cells.length} cells, the header has ${table.header.length}` });
      } else table.rows.push({ line: r.line, cells: r.cells });
    }
  };
  for await (const text of decodeChunks(createReadStream(path), 'auto', () => {})) {
    if (reader === null) {
      head += text;
      const at = firstLineEnd(text);
      if (at < 0) continue;
      const nl = head.length - text.length + at;
      reader = createCsvRecordReader({ delimiter: detectDelimiter(head.slice(0, nl)) });
      take(reader.push(head));
    } else take(reader.push(text));
  }
  if (reader === null && head.length > 0) {
    reader = createCsvRecordReader({ delimiter: detectDelimiter(head) });
    take(reader.push(head));
  }
  if (reader !== null) take(reader.end());
  if (table.header.length === 0) throw new UsageError(`${what} file is empty (a header row is required): ${path}`);
  return table;
}

/** The index of the first of `names` present in the header, or -1. */
export function findColumn(table: CsvTable, names: readonly string[]): number {
  for (const n of names) {
    const i = table.column.get(n);
    if (i !== undefined) return i;
  }
  const lower = new Map<string, number>();
  table.header.forEach((h, i) => lower.set(h.toLowerCase(), i));
  for (const n of names) {
    const i = lower.get(n.toLowerCase());
    if (i !== undefined) return i;
  }
  return -1;
}
