import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringArena } from '../../../src/node/csv/StringArena';

describe('StringArena', () => {
  it('gives back every string pushed, absent ones as undefined (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: undefined }), { maxLength: 300 }), (xs) => {
        const a = new StringArena();
        const ids = xs.map((x) => a.push(x));
        expect(ids).toEqual(xs.map((_, i) => i));
        expect(xs.map((_, i) => a.get(i))).toEqual(xs);
      }),
      { numRuns: 100 },
    );
  });

  it('grows past its first buffer with long texts', () => {
    const a = new StringArena();
    const long = '退款'.repeat(50_000);
    a.push('x');
    a.push(long);
    expect(a.get(1)).toBe(long);
    expect(a.get(0)).toBe('x');
  });
});
