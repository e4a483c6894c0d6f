import { type CsvBrokenLine, type CsvRecord, type CsvRecordReader, createCsvRecordReader } from './createCsvRecordReader';
import { type CsvEncoding, decodeChunks } from './decodeChunks';
import { detectDelimiter } from './detectDelimiter';
import { firstLineEnd } from './firstLineEnd';

/** What a read has seen so far (updated as it goes). @internal */
export interface CsvReadState {
  /** Raw bytes (or string units) read from the source. */
  bytes: number;
  /** The encoding used (detected from a BOM, or the one named). */
  encoding: string;
  /** The delimiter used ('' until the header line is complete). */
  delimiter: string;
}

/** Records parsed from one chunk of input, with their reader (to set the expected cell count). @internal */
export interface CsvRecordBatch {
  reader: CsvRecordReader;
  records: (CsvRecord | CsvBrokenLine)[];
}

async function* countBytes(source: AsyncIterable<Uint8Array | string>, state: CsvReadState) {
  for await (const chunk of source) {
    state.bytes += chunk.length;
    yield chunk;
  }
}

/**
 * Decode a CSV source and parse it into records, one batch per input chunk (the first record is
 * the header). The delimiter is detected on the header line when `delimiter` is `'auto'`; until
 * that line is complete only the new text is searched, so a long header in small chunks stays
 * linear. Stopping the iteration early closes the source. O(input) time, O(chunk + line) memory.
 * @internal
 * @example
 * for await (const { records } of readCsvRecords(stream, { encoding: 'auto', delimiter: 'auto' }, state)) handle(records);
 */
export async function* readCsvRecords(
  source: AsyncIterable<Uint8Array | string>,
  o: { encoding: CsvEncoding; delimiter: 'auto' | ',' | ';' | '\t' | '|'; maxRecordLines?: number },
  state: CsvReadState,
): AsyncGenerator<CsvRecordBatch> {
  const chunks = decodeChunks(countBytes(source, state), o.encoding, (e) => {
    state.encoding = e;
  });
  const open = (firstLine: string): CsvRecordReader => {
    state.delimiter = o.delimiter === 'auto' ? detectDelimiter(firstLine.replace(/\r$/, '')) : o.delimiter;
    return createCsvRecordReader({ delimiter: state.delimiter, maxRecordLines: o.maxRecordLines });
  };
  let reader: CsvRecordReader | null = null;
  let headParts: string[] = [];
  for await (const text of chunks) {
    if (reader === null) {
      const nl = firstLineEnd(text);
      headParts.push(text);
      if (nl < 0) continue;
      const head = headParts.join('');
      headParts = [];
      reader = open(head.slice(0, head.length - text.length + nl));
      yield { reader, records: reader.push(head) };
    } else yield { reader, records: reader.push(text) };
  }
  if (reader === null && headParts.length > 0) {
    // A file of one line without a newline: the header alone.
    const head = headParts.join('');
    reader = open(head);
    yield { reader, records: reader.push(head) };
  }
  if (reader !== null) yield { reader, records: reader.end() };
}
