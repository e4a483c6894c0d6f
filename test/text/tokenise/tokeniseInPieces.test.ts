import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/text/token';
import { tokeniseInPieces } from '../../../src/text/tokenise/tokeniseInPieces';

const perChar = (s: string): Token[] => {
  const out: Token[] = [];
  let offset = 0;
  for (const ch of s) {
    out.push({ text: ch, norm: ch, offset, kind: 'word' });
    offset += ch.length;
  }
  return out;
};

describe('tokeniseInPieces', () => {
  it('cuts after sentence punctuation and keeps offsets in the whole text', () => {
    const pieces: string[] = [];
    const tokens = tokeniseInPieces('好好好。坏坏坏。', 5, (s) => {
      pieces.push(s);
      return perChar(s);
    });
    expect(pieces).toEqual(['好好好。', '坏坏坏。']);
    expect(tokens.map((t) => t.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives the same tokens as one pass, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 4, max: 40 }), (text, size) => {
        expect(tokeniseInPieces(text, size, perChar)).toEqual(perChar(text));
      }),
      { numRuns: 200 },
    );
  });
});
