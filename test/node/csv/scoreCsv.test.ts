import { describe, expect, it } from 'vitest';
import { CustomerEnergyError, InvalidInputError, InvalidOptionError } from '../../../src/errors';
import { CsvRowResultSchema } from '../../../src/export/csvResultSchemas';
import { scoreCsv } from '../../../src/node/csv/scoreCsv';
import { bytesStream, collector, utf16 } from './helpers';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const run = async (input: string | Uint8Array, options: Parameters<typeof scoreCsv>[1] = {}) => {
  const out = collector();
  const rejects = collector();
  const summary = await scoreCsv(bytesStream(typeof input === 'string' ? enc(input) : input), { out: out.stream, rejects: rejects.stream, ...options });
  return { summary, out: out.text(), rejects: rejects.text() };
};

const SAMPLE = 'customer_id,comment,created_at,stars\n1,"Great service, thank you!",2024-01-01,5\n2,Terrible. Never again.,2024-01-02T10:00:00Z,1\n';

describe('scoreCsv: encodings and delimiters', () => {
  it('reads UTF-8 with a BOM (the BOM is not part of the first header)', async () => {
    const { summary, out } = await run(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(SAMPLE)]));
    expect(summary).toMatchObject({ rowsRead: 2, rowsScored: 2, rowsRejected: 0, encoding: 'utf-8' });
    expect(summary.columns).toEqual({ id: 'customer_id', text: 'comment', at: 'created_at', rating: 'stars' });
    expect(out.startsWith('customer_id,comment,created_at,stars,energy,level,polarity,language,confidence,traits,emotions,words\n')).toBe(true);
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM, split across odd chunks', async (endian) => {
    const text = 'customer_id,comment\n1,服务很好，非常满意！\n2,Servizio pessimo\n';
    const { summary, out } = await run(utf16(text, endian));
    expect(summary).toMatchObject({ rowsRead: 2, rowsScored: 2, encoding: `utf-16${endian}` });
    expect(out).toContain('服务很好，非常满意！');
  });

  it('reads GBK / GB18030 when named in the encoding option', async () => {
    // "customer_id,text\n1,退款\n" with 退款 in GBK: CD CB BF EE (checked below with TextDecoder).
    const bytes = new Uint8Array([...enc('customer_id,text\n1,'), 0xcd, 0xcb, 0xbf, 0xee, 0x0a]);
    expect(new TextDecoder('gbk').decode(bytes.subarray(19, 23))).toBe('退款');
    const { out } = await run(bytes, { encoding: 'gbk' });
    expect(out).toContain('1,退款,');
    const garbled = await run(bytes); // auto: UTF-8, the bytes are not valid UTF-8
    expect(garbled.out).toContain('\uFFFD');
  });

  it('detects semicolons, tabs and pipes, and writes in the input delimiter', async () => {
    for (const d of [';', '\t', '|']) {
      const { summary, out } = await run(`customer_id${d}comment\n1${d}ciao, tutto bene\n`);
      expect(summary.delimiter).toBe(d);
      expect(out.split('\n')[1]!.startsWith(`1${d}ciao, tutto bene${d}`)).toBe(true);
    }
  });
});

describe('scoreCsv: headers are data', () => {
  it('keeps __proto__ and constructor columns and pollutes nothing', async () => {
    const csv = 'customer_id,__proto__,constructor,text\n1,{"polluted":true},x,great\n';
    const { out, summary } = await run(csv);
    expect(summary.rowsScored).toBe(1);
    expect(out.split('\n')[0]).toBe('customer_id,__proto__,constructor,text,energy,level,polarity,language,confidence,traits,emotions,words');
    expect(out).toContain('"{""polluted"":true}",x,great');
    const nd = await run(csv, { format: 'ndjson' });
    const rec = CsvRowResultSchema.parse(JSON.parse(nd.out));
    expect(rec.row).toEqual([['customer_id', '1'], ['__proto__', '{"polluted":true}'], ['constructor', 'x'], ['text', 'great']]);
    expect(rec.line).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses duplicate header names, no id column, an unknown mapped column, an empty input', async () => {
    await expect(run('id,text,text\n1,a,b\n')).rejects.toBeInstanceOf(InvalidInputError);
    await expect(run('comment,stars\nhi,5\n')).rejects.toThrow(/no customer id column/);
    await expect(run(SAMPLE, { columns: { text: 'body' } })).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(run('')).rejects.toThrow(/header row is required/);
    await expect(scoreCsv('/no/such/file.csv')).rejects.toMatchObject({ code: 'E_IO' });
    await expect(scoreCsv('/no/such/file.csv')).rejects.toBeInstanceOf(CustomerEnergyError);
  });

  it('maps columns by option, case-insensitively', async () => {
    const { summary } = await run('Kunde;Bemerkung\n7;gut\n', { columns: { id: 'kunde', text: 'Bemerkung' } });
    expect(summary).toMatchObject({ rowsScored: 1, columns: { id: 'Kunde', text: 'Bemerkung' } });
  });
});

describe('scoreCsv: bad rows', () => {
  const DIRTY = [
    'customer_id,comment,created_at,stars',
    '1,"great, thanks",2024-01-01,5', // 2 ok
    '2,"broken quote,2024-01-02,3', // 3 broken quote
    '3,plain,2024-01-03,4', // 4 ok (recovered after the broken quote)
    '4,fine,2024-01-04,9', // 5 rating out of range
    ',no id,2024-01-05,1', // 6 empty id
    '5,bad date,2024-02-30,2', // 7 invalid date
    '6,too,many,cells,2024-01-01,3', // 8 wrong cell count
    '7,few', // 9 wrong cell count
    '8,"=HYPERLINK(""http://x"")",2024-01-08,1', // 10 ok, escaped on output
    '9,ok,,', // 11 ok: empty date and rating are absent, not wrong
  ].join('\n');

  it('rejects each with its line, raw row and reason; scores the rest; counts reconcile', async () => {
    const { summary, rejects, out } = await run(DIRTY);
    expect(summary).toMatchObject({ rowsRead: 10, rowsScored: 4, rowsRejected: 6, issuesTruncated: false });
    expect(summary.issues.map((i) => [i.line, i.code])).toEqual([
      [3, 'broken-quote'],
      [5, 'rating-out-of-range'],
      [6, 'empty-id'],
      [7, 'invalid-date'],
      [8, 'wrong-cell-count'],
      [9, 'wrong-cell-count'],
    ]);
    expect(rejects.split('\n')[0]).toBe('line,code,reason,column,raw');
    expect(rejects).toContain('5,rating-out-of-range,rating 9 outside 1-5,stars,"4,fine,2024-01-04,9"');
    expect(out.split('\n').filter((l) => l.length > 0)).toHaveLength(5); // header + 4 rows
    expect(out).toContain('8,"\'=HYPERLINK(""http://x"")",2024-01-08,1,');
  });

  it('judges a broken quote in the first chunk as in any other: the rows after it are read, whatever the chunks', async () => {
    // Line 2 opens a quote that line 5 closes at its end: a 4-line record of 2 cells, not 3, so the
    // quote is judged broken (line 2 rejected) and lines 3-5 are read again: 3 and 4 scored, 5 has
    // 2 cells (rejected); 6 scored. Read 5 = scored 3 + rejected 2. In one chunk the header's cell
    // count was not known yet while the chunk was split: lines 2-5 became one 2-cell row (rejected)
    // and the good rows 3 and 4 vanished (read 2).
    const text = 'customer_id,text,at\n1,"broken,2024-01-01\n2,fine,2024-01-02\n3,good,2024-01-03\n4,size 5"\n5,ok,2024-01-05\n';
    for (const size of [text.length, 7]) {
      const rejects = collector();
      const summary = await scoreCsv(bytesStream(enc(text), size), { rejects: rejects.stream });
      expect(summary).toMatchObject({ rowsRead: 5, rowsScored: 3, rowsRejected: 2 });
      expect(rejects.text().trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['2', '5']);
    }
  });

  it('keeps only maxIssues in the summary but every reject in the rejects output', async () => {
    const { summary, rejects } = await run(DIRTY, { maxIssues: 2 });
    expect(summary.issues).toHaveLength(2);
    expect(summary.issuesTruncated).toBe(true);
    expect(rejects.trim().split('\n')).toHaveLength(7);
  });

  it('writes rejects as NDJSON DataIssues on request', async () => {
    const { rejects } = await run(DIRTY, { rejectsFormat: 'ndjson' });
    const first = JSON.parse(rejects.split('\n')[0]!);
    expect(first).toMatchObject({ severity: 'rejected', code: 'broken-quote', line: 3, record: '2,"broken quote,2024-01-02,3' });
  });

  it('rejects bad options by name', async () => {
    await expect(run(SAMPLE, { per: 'everything' as never })).rejects.toMatchObject({ code: 'E_OPTION_INVALID', path: ['options', 'per'] });
    await expect(run(SAMPLE, { ratingRange: [5, 1] })).rejects.toMatchObject({ path: ['options', 'ratingRange'] });
    await expect(run(SAMPLE, { encoding: 'latin-9' as never })).rejects.toMatchObject({ path: ['options', 'encoding'] });
    // Misspelt names were ignored: 'reject' wrote no rejects file, columns.txt left the text column to detection.
    await expect(run(SAMPLE, { reject: 'r.csv' } as never)).rejects.toMatchObject({ code: 'E_OPTION_INVALID', path: ['options', 'reject'] });
    await expect(run(SAMPLE, { columns: { txt: 'comment' } } as never)).rejects.toMatchObject({ code: 'E_OPTION_INVALID', path: ['options', 'columns', 'txt'] });
  });
});

describe('scoreCsv: awkward inputs', () => {
  it('scores a header-only file as zero rows, and a file without a final newline', async () => {
    expect((await run('customer_id,comment')).summary).toMatchObject({ rowsRead: 0, rowsScored: 0, rowsRejected: 0 });
    expect((await run('customer_id,comment\n1,ok')).summary).toMatchObject({ rowsRead: 1, rowsScored: 1 });
  });

  it('scores a file with CR line ends (old Mac Excel): every row, semicolons detected on the header line', async () => {
    // Header 'customer_id;comment' then 2 rows, CR-terminated; the commas inside row 2 would win
    // the delimiter vote if it counted the whole file instead of the header line.
    const { summary } = await run('customer_id;comment\r1;great\r2;bad, bad, bad, awful\r');
    expect(summary).toMatchObject({ rowsRead: 2, rowsScored: 2, rowsRejected: 0, delimiter: ';' });
  });

  it('scores a 1 MB text cell, control characters and lone surrogates without a throw', async () => {
    const big = 'never again '.repeat(90_000);
    const { summary, out } = await run(`id,text\n1,${big}\n2,"bad\u0001\uD800 bytes"\n`);
    expect(summary).toMatchObject({ rowsRead: 2, rowsScored: 2 });
    expect(out.length).toBeGreaterThan(big.length);
  });

  it('refuses a directory as the input path with E_IO (it was a raw EISDIR: CLI exit 3)', async () => {
    const { tmpdir } = await import('node:os');
    await expect(scoreCsv(tmpdir())).rejects.toMatchObject({ code: 'E_IO', path: ['input'] });
  });

  it('refuses an input that is neither a path nor a stream', async () => {
    await expect(scoreCsv(42 as never)).rejects.toMatchObject({ code: 'E_OPTION_INVALID', path: ['input'] });
  });
});

describe('scoreCsv: UTF-16 without a BOM', () => {
  it.each(['le', 'be'] as const)('recognises %s from its zero bytes', async (endian) => {
    const text = 'customer_id,comment\n1,great service thank you\n2,never again\n';
    const bytes = utf16(text, endian).subarray(2); // drop the BOM
    const { summary, out } = await run(bytes);
    expect(summary).toMatchObject({ rowsRead: 2, rowsScored: 2, encoding: `utf-16${endian}` });
    expect(out).toContain('1,great service thank you,');
  });

  it('does not mistake UTF-8 for UTF-16', async () => {
    const { summary } = await run('customer_id,comment\n1,服务很好，非常满意！ and some ASCII text here\n');
    expect(summary.encoding).toBe('utf-8');
  });
});

describe('scoreCsv: number cells', () => {
  const CSV = 'customer_id,created_at,kind,amount\n1,2024-01-01,purchase,"1,234"\n2,2024-01-02,purchase,"1,234.50"\n3,2024-01-03,purchase,12.5\n';

  it('sets aside a 1,234 amount as ambiguous, with its line and what to do, and scores the rest', async () => {
    const { summary, rejects } = await run(CSV);
    expect(summary).toMatchObject({ rowsRead: 3, rowsScored: 2, rowsRejected: 1 });
    expect(rejects).toContain('2,ambiguous-number,');
    expect(rejects).toContain("is 1234 if ',' groups thousands, 1.234 if it is the decimal mark");
  });

  it("reads it as the file's convention says when decimal is named", async () => {
    expect((await run(CSV, { decimal: '.' })).summary).toMatchObject({ rowsScored: 3, rowsRejected: 0 });
    const comma = await run(CSV, { decimal: ',' }); // 1,234.50 and 12.5 then use the wrong mark
    expect(comma.summary).toMatchObject({ rowsScored: 1, rowsRejected: 2 });
    expect(comma.rejects).toContain('3,invalid-number,');
    expect(comma.rejects).toContain('4,invalid-number,');
    await expect(run(CSV, { decimal: ';' as never })).rejects.toThrow(InvalidOptionError);
  });
});
