import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachPiece } from '../../../src/text/tokenise/forEachPiece';

const pieces = (text: string, size: number): [string, number][] => {
  const out: [string, number][] = [];
  forEachPiece(text, size, (piece, start) => out.push([piece, start]));
  return out;
};

describe('forEachPiece', () => {
  it('cuts after sentence punctuation in the second half of the window', () => {
    // window 5: the first cut is searched in units 4..3 → after 。 (index 3)
    expect(pieces('好好好。坏坏坏。', 5)).toEqual([['好好好。', 0], ['坏坏坏。', 4]]);
  });

  it('a short text is one piece', () => {
    expect(pieces('好', 5)).toEqual([['好', 0]]);
  });

  it('pieces tile the text exactly and never split a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 4, max: 40 }), (text, size) => {
        const ps = pieces(text, size);
        expect(ps.map(([p]) => p).join('')).toBe(text);
        let at = 0;
        for (const [p, start] of ps) {
          expect(start).toBe(at);
          at += p.length;
          const first = p.charCodeAt(0);
          if (p.length > 0) expect(first >= 0xdc00 && first <= 0xdfff && start > 0 && text.charCodeAt(start - 1) >= 0xd800 && text.charCodeAt(start - 1) <= 0xdbff).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
