import type { DecimalMark } from './parseNumberCell';
import { createReadStream } from 'node:fs';
import type { CsvEncoding } from './decodeChunks';
import { parseInteraction } from './parseInteraction';
import { readCsvRecords } from './readCsvRecords';
import { type ColumnMapping, type ResolvedColumns, resolveColumns } from './resolveColumns';

/**
 * The latest date among the rows of a CSV file that per-customer scoring will use (rows that
 * parse, have the header's cell count and pass `parseInteraction`): `scoreCsv`'s default `now`.
 * A first pass over the file that scores nothing and keeps nothing: constant memory, O(file).
 * `-Infinity` when there is no such row, no date column or no readable header (the scoring pass
 * then reports those). @internal
 * @example
 * const now = await findLatestDate('tickets.csv', { encoding: 'auto', delimiter: 'auto', ratingRange: [1, 5] });
 */
export async function findLatestDate(
  path: string,
  o: {
    encoding: CsvEncoding;
    delimiter: 'auto' | ',' | ';' | '\t' | '|';
    maxRecordLines?: number;
    columns?: ColumnMapping;
    ratingRange: readonly [number, number];
    decimal: DecimalMark;
    chunkBytes: number;
  },
): Promise<number> {
  const state = { bytes: 0, encoding: 'utf-8', delimiter: '' };
  let header: string[] | null = null;
  let columns: ResolvedColumns | null = null;
  let latest = Number.NEGATIVE_INFINITY;
  for await (const { reader, records } of readCsvRecords(createReadStream(path, { highWaterMark: o.chunkBytes }), o, state)) {
    for (const rec of records) {
      if (header === null) {
        if (rec.kind === 'broken') return latest;
        header = rec.cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
        columns = resolveColumns(header, o.columns);
        if (columns.index.at === undefined) return latest;
        reader.setExpectedCells(header.length);
        continue;
      }
      if (rec.kind === 'broken' || rec.cells.length !== header.length) continue;
      const row = parseInteraction(rec.cells, columns!, o.ratingRange, o.decimal);
      if (!('code' in row) && row.at !== undefined && row.at > latest) latest = row.at;
    }
  }
  return latest;
}
