import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvInteractionSchema } from '../../../src/export/csvInteractionSchema';
import { parseInteraction } from '../../../src/node/csv/parseInteraction';
import { resolveColumns } from '../../../src/node/csv/resolveColumns';

const columns = resolveColumns(['customer_id', 'comment', 'created_at', 'stars', 'kind', 'amount', 'nps', 'minutes', 'order_id']);

describe('parseInteraction', () => {
  it('maps a row to the CsvInteraction shape', () => {
    expect(parseInteraction(['  42 ', 'hi', '2024-01-02', '4,5', 'review', '19.90', '', '', 'A-1'], columns, [1, 5])).toEqual({
      customerId: '42', text: 'hi', at: Date.UTC(2024, 0, 2), rating: 4.5, kind: 'review', amount: 19.9, order: 'A-1',
    });
  });

  it('names the problem and the column', () => {
    expect(parseInteraction(['1', '', '', 'five', '', '', '', '', ''], columns, [1, 5])).toMatchObject({ code: 'invalid-number', column: 'stars' });
    expect(parseInteraction(['1', '', '', '0', '', '', '', '', ''], columns, [1, 5])).toMatchObject({ code: 'rating-out-of-range' });
    expect(parseInteraction([' ', '', '', '', '', '', '', '', ''], columns, [1, 5])).toMatchObject({ code: 'empty-id', column: 'customer_id' });
  });

  it('reads grouped thousands, and rejects a 1,234 amount as ambiguous unless the decimal mark is named', () => {
    const row = (amount: string, minutes = '') => ['1', '', '', '', 'purchase', amount, '', minutes, ''];
    expect(parseInteraction(row('1,234.56'), columns, [1, 5])).toMatchObject({ amount: 1234.56 });
    expect(parseInteraction(row('1.234,56'), columns, [1, 5])).toMatchObject({ amount: 1234.56 });
    expect(parseInteraction(row('1,234,567'), columns, [1, 5])).toMatchObject({ amount: 1234567 });
    expect(parseInteraction(row('12,50'), columns, [1, 5])).toMatchObject({ amount: 12.5 });
    expect(parseInteraction(row('1,234'), columns, [1, 5])).toMatchObject({ code: 'ambiguous-number', column: 'amount' });
    expect(parseInteraction(row('1.234'), columns, [1, 5])).toMatchObject({ code: 'ambiguous-number', column: 'amount' });
    expect(parseInteraction(row('', '1,500'), columns, [1, 5])).toMatchObject({ code: 'ambiguous-number', column: 'minutes' });
    expect(parseInteraction(row('1,234'), columns, [1, 5], '.')).toMatchObject({ amount: 1234 });
    expect(parseInteraction(row('1,234'), columns, [1, 5], ',')).toMatchObject({ amount: 1.234 });
    expect(parseInteraction(row('1.234'), columns, [1, 5], '.')).toMatchObject({ amount: 1.234 });
    expect(parseInteraction(row('12,50'), columns, [1, 5], '.')).toMatchObject({ code: 'invalid-number' });
    expect(parseInteraction(row('1,2,3'), columns, [1, 5])).toMatchObject({ code: 'invalid-number' });
    // A rating or score on a small scale reads as a decimal.
    expect(parseInteraction(['1', '', '', '4,125', '', '', '', '', ''], columns, [1, 5])).toMatchObject({ rating: 4.125 });
  });

  it('accepts only what the exported schema describes (property: hand validation = CsvInteractionSchema)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', '3', '-2', '7.5', '2024-05-06', '2024-02-30', 'x'));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 9, maxLength: 9 }), (cells) => {
        const r = parseInteraction(cells, columns, [1, 5]);
        if (!('code' in r)) expect(CsvInteractionSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
