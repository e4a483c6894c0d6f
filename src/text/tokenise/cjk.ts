import type { Token } from '../token';

/**
 * Segment Chinese (or other unspaced CJK) text by longest match against a vocabulary.
 * PLACEHOLDER (one token per character) until the Chinese segmenter lands. Contract:
 * `tokeniseCjk(text, vocabulary, maxWordLength): Token[]`, linear in the text's length.
 *
 * @example
 * tokeniseCjk('很好', new Set(['很', '好']), 4).map((t) => t.text); // ['很', '好']
 */
export function tokeniseCjk(text: string, vocabulary: ReadonlySet<string>, maxWordLength: number): Token[] {
  void vocabulary;
  void maxWordLength;
  const out: Token[] = [];
  let offset = 0;
  for (const ch of text) {
    out.push({ text: ch, norm: ch, offset, kind: 'word' });
    offset += ch.length;
  }
  return out;
}
