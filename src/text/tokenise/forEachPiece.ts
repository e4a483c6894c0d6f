const BREAK = new Set(['。', '！', '？', '!', '?', '.', '；', ';', '\n', '，', ',', ' ']);

/**
 * Visit a long text piece by piece: cut after sentence or clause punctuation (or a space) in the
 * second half of each window of `maxPiece` UTF-16 units, else at the window's end, never inside a
 * surrogate pair. Keeps any per-piece tokeniser linear in the text's length (FACTS.md:
 * Intl.Segmenter is quadratic on one long string in Node 20). O(n).
 *
 * @example
 * forEachPiece('好。好', 2, (piece, start) => console.log(piece, start)); // '好。' 0, '好' 2
 */
export function forEachPiece(text: string, maxPiece: number, visit: (piece: string, start: number) => void): void {
  if (text.length <= maxPiece) {
    visit(text, 0);
    return;
  }
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
    visit(text.slice(start, end), start);
    start = end;
  }
}
