import { normAt, WORD, type Scan } from '../tokenise/scanAccess';
import { DETECT_SAMPLE, lexicalMasksOf, lexicalWinner, type Candidate } from './detectInternals';

/** Where a chunk holds '/', '@' or a digit (a piece of a link, a handle, a code). */
function isLinkCode(c: number): boolean {
  return c === 47 || c === 64 || (c >= 48 && c <= 57);
}

/**
 * `lexicalVote` (detectInternals) read straight from a {@link Scan}: the same words (word tokens ending
 * before DETECT_SAMPLE, none in a space-delimited chunk holding '/', '@' or a digit), the same
 * counts and verdict, without a Token object per token or a mark per character (measured: the
 * token route cost about 4 µs on the 8% of short English texts without any function word).
 * O(tokens + sample).
 *
 * @example
 * lexicalVoteScan(scanSpaced('Great product!', pack), 'Great product!', candidatesFor([])); // 'en'
 */
export function lexicalVoteScan(s: Scan, text: string, candidates: readonly Candidate[]): string {
  const lexical = new Float64Array(candidates.length);
  const known = lexicalMasksOf(candidates);
  const n = Math.min(text.length, DETECT_SAMPLE);
  let chunkStart = -1; // the last chunk looked at, [chunkStart, chunkEnd), and whether it is a link's
  let chunkEnd = -1;
  let link = false;
  let words = 0;
  for (let k = 0; k < s.count; k++) {
    if ((s.ends[k] as number) >= DETECT_SAMPLE) break;
    if (s.kinds[k] !== WORD) continue;
    const at = s.offsets[k] as number;
    if (at >= chunkEnd) {
      chunkStart = at;
      while (chunkStart > 0 && text.charCodeAt(chunkStart - 1) > 32) chunkStart--;
      chunkEnd = at;
      link = false;
      for (let x = chunkStart; x < n; x++) {
        const c = text.charCodeAt(x);
        if (c <= 32) break;
        if (isLinkCode(c)) link = true;
        chunkEnd = x + 1;
      }
      if (chunkEnd <= at) chunkEnd = at + 1;
    }
    if (link) continue;
    words++;
    const w = normAt(s, k, text);
    if (known !== undefined) {
      let m = known.get(w) ?? 0;
      for (let c = 0; m !== 0; c++, m >>>= 1) if ((m & 1) === 1) lexical[c] = (lexical[c] as number) + 1;
      continue;
    }
    for (let c = 0; c < candidates.length; c++) {
      const p = (candidates[c] as Candidate).pack;
      if (p.words.has(w) || p.negators.has(w) || p.boosters.has(w)) lexical[c] = (lexical[c] as number) + 1;
    }
  }
  return lexicalWinner(lexical, words, candidates);
}
