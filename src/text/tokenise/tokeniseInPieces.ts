import type { Token } from '../token';

const BREAK = new Set(['。', '！', '？', '!', '?', '.', '；', ';', '\n', '，', ',', ' ']);

/**
 * Tokenise a long text piece by piece (cut after sentence or clause punctuation, or at
 * `maxPiece` UTF-16 units when a run has none, never inside a surrogate pair), shifting offsets
 * back to the whole text. Keeps any per-piece tokeniser linear in the text's length (FACTS.md:
 * Intl.Segmenter is quadratic on one long string in Node 20).
 *
 * @example
 * tokeniseInPieces('好。好', 1, (s) => [...s].map((c, i) => ({ text: c, norm: c, offset: i, kind: 'word' as const })));
 */
export function tokeniseInPieces(text: string, maxPiece: number, tokenise: (piece: string) => Token[]): Token[] {
  if (text.length <= maxPiece) return tokenise(text);
  const out: Token[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + maxPiece, text.length);
    if (end < text.length) {
      let cut = -1;
      for (let i = end - 1; i > start + (maxPiece >> 1); i--) {
        if (BREAK.has(text[i] as string)) {
          cut = i + 1;
          break;
        }
      }
      if (cut > 0) end = cut;
      else {
        const code = text.charCodeAt(end - 1);
        if (code >= 0xd800 && code <= 0xdbff) end--; // keep the pair together
      }
    }
    const piece = text.slice(start, end);
    for (const t of tokenise(piece)) out.push(start === 0 ? t : { ...t, offset: t.offset + start });
    start = end;
  }
  return out;
}
