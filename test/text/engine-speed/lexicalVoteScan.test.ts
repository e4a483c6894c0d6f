import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatesFor, detectionPack } from '../../../src/text/engine/candidates';
import { DETECT_SAMPLE, lexicalVote } from '../../../src/text/engine/detectInternals';
import { lexicalVoteScan } from '../../../src/text/engine/lexicalVoteScan';
import { tokensOf } from '../../../src/text/tokenise/scanAccess';
import { scanSpaced } from '../../../src/text/tokenise/scanSpaced';

/** Words of both built-in lexicons, non-words, and the link chunk marks ('/', '@', digits). */
const PIECES = ['great', 'product', 'ottimo', 'prodotto', 'Das', 'Essen', 'war', 'gut', 'http://', 'bit.ly/x', '2good', '@me', 'www.', 'x1', 'SUPER', 'lovin', '😀', '#great', ':)', 'a/b'];
const texts = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '', '  ', '!', '\n')), { maxLength: 12 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

/** The token route the scan replaces (scoreText's fallback before). */
function byTokens(text: string): string {
  return lexicalVote(tokensOf(scanSpaced(text, detectionPack()), text, DETECT_SAMPLE), candidatesFor([]), text);
}

describe('lexicalVoteScan', () => {
  it('votes by lexicon hits when no function word decides', () => {
    const text = 'Great product!';
    // 'great' and 'product' are words; 'great' is in the English lexicon: 1 hit of 2 words ≥ a third → en
    expect(lexicalVoteScan(scanSpaced(text, detectionPack()), text, candidatesFor([]))).toBe('en');
    const german = 'Das Essen war gut';
    // 4 words, at most 'war' known to English: 1 × 3 < 4 → und
    expect(lexicalVoteScan(scanSpaced(german, detectionPack()), german, candidatesFor([]))).toBe('und');
  });

  it('leaves out words in a chunk with a slash, an @ or a digit', () => {
    const text = 'great http:// bit.ly/sYwz xyzzy qwerty';
    // words outside links: great, xyzzy, qwerty (1 hit of 3 ≥ a third) → en; the link pieces would add non-hits
    expect(lexicalVoteScan(scanSpaced(text, detectionPack()), text, candidatesFor([]))).toBe('en');
    expect(byTokens(text)).toBe('en');
  });

  it('agrees with the token route on any mix, short or past the detection sample', () => {
    fc.assert(
      fc.property(texts, fc.nat(3), (text, pad) => {
        const long = pad === 3 ? 'zz '.repeat(DETECT_SAMPLE / 3 - 2) + text : text;
        expect(lexicalVoteScan(scanSpaced(long, detectionPack()), long, candidatesFor([]))).toBe(byTokens(long));
      }),
      { numRuns: 200 },
    );
  });
});
