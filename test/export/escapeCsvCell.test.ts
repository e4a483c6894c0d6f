import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell } from '../../src/export/escapeCsvCell';
import { formatCsvRow } from '../../src/export/formatCsvRow';
import { createCsvRecordReader, type CsvRecord } from '../../src/node/csv/createCsvRecordReader';

describe('escapeCsvCell (OWASP CSV injection)', () => {
  it('prefixes a quote to cells starting with = + - @ tab CR', () => {
    expect(escapeCsvCell('=1+1')).toBe("'=1+1");
    expect(escapeCsvCell('+cmd')).toBe("'+cmd");
    expect(escapeCsvCell('-2+3+cmd|/C calc!A0')).toBe("'-2+3+cmd|/C calc!A0");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('\t=x')).toBe("'\t=x");
    expect(escapeCsvCell('\r=x')).toBe('"\'\r=x"');
  });

  it('leaves plain numbers and ordinary text alone', () => {
    for (const s of ['-12.5', '+3', '-1e-3', '.5', 'hello', '', '1=1', 'a-b']) expect(escapeCsvCell(s)).toBe(s);
  });

  it('quotes cells with the delimiter, quotes or line breaks', () => {
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('a;b', { delimiter: ';' })).toBe('"a;b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvCell('=x', { escape: 'quote-only' })).toBe('=x');
  });

  it('formats rows: numbers as numbers, null as empty', () => {
    expect(formatCsvRow(['c1', '=cmd', -0.5, null, Number.NaN])).toBe("c1,'=cmd,-0.5,,\n");
  });

  it('round-trips through the reader: the cell back, with a quote prefix only when it starts a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 10 }).filter((s) => !s.includes('\r')), { minLength: 2, maxLength: 4 }), (cells) => {
        const reader = createCsvRecordReader({ delimiter: ',' });
        reader.setExpectedCells(cells.length + 1);
        const recs = [...reader.push(formatCsvRow(['k', ...cells])), ...reader.end()];
        expect(recs).toHaveLength(1);
        const back = (recs[0] as CsvRecord).cells.slice(1);
        back.forEach((b, i) => {
          const c = cells[i]!;
          expect(b === c || (b === `'${c}` && /^[=+\-@\t]/.test(c))).toBe(true);
          // Nothing that starts a formula comes back bare; a plain signed number (+0, -12.5) may.
          expect(/^[=@\t]/.test(b) || (/^[+-]/.test(b) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(b))).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });
});
