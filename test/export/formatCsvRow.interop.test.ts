import { parseString } from 'fast-csv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvRow } from '../../src/export/formatCsvRow';

const parseWithFastCsv = (text: string): Promise<string[][]> =>
  new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { headers: false })
      .on('data', (r: string[]) => rows.push(r))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });

describe('formatCsvRow output is standard CSV', () => {
  it('reads back with fast-csv (a third-party RFC 4180 parser), formula cells prefixed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.string({ maxLength: 8 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), async (rows) => {
        const text = rows.map((r) => formatCsvRow(['k', ...r])).join('');
        const back = await parseWithFastCsv(text);
        expect(back).toHaveLength(rows.length);
        back.forEach((r, i) =>
          r.slice(1).forEach((cell, j) => {
            const original = rows[i]![j]!;
            expect(cell === original || cell === `'${original}`).toBe(true);
          }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
