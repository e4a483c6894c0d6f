import { InvalidOptionError } from '../../errors';
import { firstLineEnd } from './firstLineEnd';

/** A record read from a CSV text: its cells, first physical line (1-based) and raw text. */
export interface CsvRecord {
  kind: 'record';
  line: number;
  cells: string[];
  raw: string;
}

/** A physical line that could not be read as a record (a broken quote), with the reason. */
export interface CsvBrokenLine {
  kind: 'broken';
  line: number;
  raw: string;
  code: 'broken-quote';
  reason: string;
}

/** Options of {@link createCsvRecordReader}. */
export interface CsvRecordReaderOptions {
  /** The delimiter, one character. */
  delimiter: string;
  /**
   * Most physical lines one quoted field may span before its opening quote is judged broken.
   * Default 100 (stated reasoning: help-desk exports keep multi-paragraph messages in one quoted
   * cell, rarely beyond a few dozen lines; the bound keeps memory constant when a quote never closes).
   */
  maxRecordLines?: number;
}

/**
 * A push reader: feed decoded text, get records back. The expected cell count (which judges a
 * multi-line record) is the first record's, the header's, from the moment it is read, even within
 * the same chunk; `setExpectedCells` sets another.
 */
export interface CsvRecordReader {
  push(text: string): (CsvRecord | CsvBrokenLine)[];
  end(): (CsvRecord | CsvBrokenLine)[];
  setExpectedCells(n: number): void;
}

interface Pending {
  line: number;
  lines: string[];
  cells: string[];
  field: string;
}

/**
 * A streaming, recovering RFC 4180 reader. Why our own and not papaparse or fast-csv: at an
 * unterminated quote fast-csv ends the whole stream with an error, and papaparse silently merges
 * every following row into one field up to the next quote (or to the end of the file, holding it
 * all in memory). Here a quoted field may span lines (multi-line messages are common), but the
 * opening quote is judged broken, and only its first physical line rejected, when
 * - a quote inside the quoted field is followed by something other than a quote, the delimiter or
 *   the end of the line (`"abc"def`), or
 * - the field is still open after `maxRecordLines` lines or at the end of the input, or
 * - the record it produced spans several lines and has the wrong number of cells;
 * the lines after it are then read again as records of their own, so no good row is lost.
 * Lines without a quote take a fast path (`String.split`). Blank lines are skipped (not records).
 * Lines end in LF or CRLF, or, when the input's first line break is a lone CR (old Mac Excel
 * exports), in CR; in an LF or CRLF input a lone CR is data.
 * Memory: one chunk plus at most `maxRecordLines` lines. Time: O(characters).
 *
 * @example
 * const reader = createCsvRecordReader({ delimiter: ',' });
 * reader.setExpectedCells(2);
 * reader.push('id,text\n1,"hello, world"\n2,"broken\n3,ok\n'); // records of lines 1 and 2
 * reader.end(); // line 3 broken (its quote never closes), then line 4 as a record: ['3', 'ok']
 */
export function createCsvRecordReader(options: CsvRecordReaderOptions): CsvRecordReader {
  const d = options?.delimiter;
  if (typeof d !== 'string' || d.length !== 1 || d === '"' || d === '\n' || d === '\r') {
    throw new InvalidOptionError('delimiter must be one character other than a quote or a line break', ['options', 'delimiter']);
  }
  const maxLines = options.maxRecordLines ?? 100;
  let expected = -1;
  let carry: string[] = [];
  let lineNo = 0;
  let pending: Pending | null = null;
  let out: (CsvRecord | CsvBrokenLine)[] = [];
  /** How lines end: undecided until the first line break (text so far kept in `head`), LF (or CRLF), or CR. */
  let ends: 'undecided' | 'lf' | 'cr' = 'undecided';
  let head: string[] = [];
  /** The undecided text ends in a CR: the next character tells CRLF from a lone CR. */
  let headEndsCr = false;

  const broken = (line: number, raw: string, reason: string): void => {
    out.push({ kind: 'broken', line, raw, code: 'broken-quote', reason });
  };

  /** Re-read the lines after a broken first line as records of their own. */
  const recover = (p: Pending, reason: string): void => {
    pending = null;
    broken(p.line, p.lines[0]!, reason);
    for (let k = 1; k < p.lines.length; k++) physical(p.lines[k]!, p.line + k);
  };

  /**
   * Parse `text` from position `i` on, inside a quoted field when `inQuote`. Returns 'done' with
   * the cells complete, 'open' when a quoted field runs past the end of the line, or 'stray'.
   */
  const scan = (text: string, start: number, inQuote: boolean, p: Pending): 'done' | 'open' | 'stray' => {
    let i = start;
    let quoted = inQuote;
    for (;;) {
      if (quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          p.field += text.slice(i);
          return 'open';
        }
        p.field += text.slice(i, q);
        const next = q + 1;
        if (next < text.length && text.charCodeAt(next) === 34) {
          p.field += '"';
          i = next + 1;
          continue;
        }
        if (next === text.length) {
          p.cells.push(p.field);
          return 'done';
        }
        if (text[next] !== d) return 'stray';
        p.cells.push(p.field);
        p.field = '';
        i = next + 1;
        quoted = false;
        if (i === text.length) {
          p.cells.push('');
          return 'done';
        }
        continue;
      }
      if (text.charCodeAt(i) === 34) {
        quoted = true;
        i++;
        continue;
      }
      const j = text.indexOf(d, i);
      if (j < 0) {
        p.cells.push(text.slice(i));
        return 'done';
      }
      p.cells.push(text.slice(i, j));
      i = j + 1;
      if (i === text.length) {
        p.cells.push('');
        return 'done';
      }
    }
  };

  /** A record out; the first one (the header) gives the expected cell count unless set already. */
  const record = (line: number, cells: string[], raw: string): void => {
    if (expected < 0) expected = cells.length;
    out.push({ kind: 'record', line, cells, raw });
  };

  const finish = (p: Pending): void => {
    if (p.lines.length > 1 && expected >= 0 && p.cells.length !== expected) {
      recover(p, `quote opened here closes ${p.lines.length - 1} line(s) later with ${p.cells.length} cells instead of ${expected}: treated as an unterminated quote`);
      return;
    }
    pending = null;
    record(p.line, p.cells, p.lines.join('\n'));
  };

  const physical = (rawLine: string, no: number): void => {
    const text = rawLine.charCodeAt(rawLine.length - 1) === 13 ? rawLine.slice(0, -1) : rawLine;
    const p = pending;
    if (p !== null) {
      p.lines.push(text);
      p.field += '\n';
      const r = scan(text, 0, true, p);
      if (r === 'done') finish(p);
      else if (r === 'stray') recover(p, 'a quote inside the quoted field is followed by text: unterminated or stray quote');
      else if (p.lines.length >= maxLines) recover(p, `quoted field still open after ${maxLines} lines`);
      return;
    }
    if (text.length === 0) return;
    if (text.indexOf('"') < 0) {
      record(no, text.split(d), text);
      return;
    }
    const fresh: Pending = { line: no, lines: [text], cells: [], field: '' };
    const r = scan(text, 0, false, fresh);
    if (r === 'done') finish(fresh);
    else if (r === 'stray') broken(no, text, 'a quote inside a quoted field is followed by text: unterminated or stray quote');
    else if (maxLines <= 1) broken(no, text, 'quoted field not closed on its line');
    else pending = fresh;
  };

  const drain = (): (CsvRecord | CsvBrokenLine)[] => {
    const r = out;
    out = [];
    return r;
  };

  return {
    setExpectedCells(n: number) {
      expected = n;
    },
    push(input: string) {
      let chunk = input;
      if (ends === 'undecided') {
        if (chunk.length === 0) return drain();
        // Only the new chunk is searched (linear for a long first line in small chunks).
        const at = headEndsCr ? -1 : firstLineEnd(chunk);
        if (headEndsCr) ends = chunk[0] === '\n' ? 'lf' : 'cr';
        else if (at >= 0 && at < chunk.length - 1) ends = chunk[at] === '\r' && chunk[at + 1] !== '\n' ? 'cr' : 'lf';
        else if (at >= 0) {
          // A break at the very end: LF decides; a CR may be the first half of a CRLF.
          if (chunk[at] === '\n') ends = 'lf';
          else headEndsCr = true;
        }
        head.push(chunk);
        if (ends === 'undecided') return drain();
        chunk = head.length === 1 ? head[0]! : head.join('');
        head = [];
      }
      if (ends === 'cr') chunk = chunk.replaceAll('\r', '\n');
      return lines(chunk);
    },
    end() {
      if (head.length > 0) {
        // No line break but perhaps a final one: one line (a trailing CR is stripped as a line end).
        ends = 'lf';
        lines(head.join(''));
        head = [];
      }
      if (carry.length > 0) {
        physical(carry.join(''), ++lineNo);
        carry = [];
      }
      // A quote still open at the end of the input: reject its first line, re-read the rest.
      while (pending !== null) recover(pending, 'quoted field not closed before the end of the input');
      return drain();
    },
  };

  function lines(chunk: string): (CsvRecord | CsvBrokenLine)[] {
    {
      // Only the new chunk is searched for line breaks, and an unfinished line is kept as pieces
      // joined once it ends: linear in the input even for a 1 MB line arriving in tiny chunks.
      let nl = chunk.indexOf('\n');
      if (nl < 0) {
        if (chunk.length > 0) carry.push(chunk);
        return drain();
      }
      carry.push(chunk.slice(0, nl));
      physical(carry.length === 1 ? carry[0]! : carry.join(''), ++lineNo);
      carry = [];
      let pos = nl + 1;
      for (;;) {
        nl = chunk.indexOf('\n', pos);
        if (nl < 0) break;
        physical(chunk.slice(pos, nl), ++lineNo);
        pos = nl + 1;
      }
      if (pos < chunk.length) carry.push(chunk.slice(pos));
      return drain();
    }
  }
}
