import { CELL_DETECT, CELL_META, findAscii, HAS_ENTRY, HAS_MARKER, HAS_MULTI, HASH_PRIME, HASH_START, IN_TRIE, IN_VOCABULARY, IS_DEGREE, type AsciiTable } from '../engine/asciiTable';
import { CAPS, HAS_UPPER, LAZY, WORD, type Scan } from './scanAccess';

/** Shortest and longest piece of a #tag split by the lexicon: spacedWords' MIN_TAG_PIECE and MAX_TAG_PIECE (same values, same reasoning). */
const MIN_PIECE = 3;
const MAX_PIECE = 12;

/** Reused DP arrays of the tag split (no typed arrays made per tag); grown on demand. */
let scratchPieces = new Int32Array(64);
let scratchFrom = new Int32Array(64);

/** Hash (HASH_START / HASH_PRIME) of the lower-cased ASCII letters text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let x = start; x < end; x++) h = Math.imul(h ^ (text.charCodeAt(x) | 0x20), HASH_PRIME);
  return h;
}

function known(table: AsciiTable, text: string, start: number, end: number): boolean {
  return knownHashed(table, hashOf(text, start, end), text, start, end);
}

/** {@link known} with the hash of text[start, end) already made. */
function knownHashed(table: AsciiTable, hash: number, text: string, start: number, end: number): boolean {
  const at = findAscii(table, hash, text, start, end, false);
  return at >= 0 && ((table.cells[at + CELL_META] as number) & IN_VOCABULARY) !== 0;
}

/** Write the word text[start, end) (ASCII letters, not elongated) as pushWord reads it; returns the next count. */
function piece(s: Scan, count: number, text: string, start: number, end: number, table: AsciiTable): number {
  let upper = 0;
  for (let x = start; x < end; x++) if (text.charCodeAt(x) <= 90) upper++;
  const len = end - start;
  const cells = table.cells;
  let at = findAscii(table, hashOf(text, start, end), text, start, end, false);
  let flag = LAZY | (upper > 0 ? HAS_UPPER : 0) | (upper === len && len > 1 ? CAPS : 0);
  if (len > 4 && (text.charCodeAt(end - 1) | 0x20) === 110 && (text.charCodeAt(end - 2) | 0x20) === 105 && !(at >= 0 && ((cells[at + CELL_META] as number) & IN_VOCABULARY) !== 0)) {
    const g = findAscii(table, Math.imul(hashOf(text, start, end) ^ 103, HASH_PRIME), text, start, end, true);
    if (g >= 0 && ((cells[g + CELL_META] as number) & IN_VOCABULARY) !== 0) {
      at = g;
      flag |= 8; // ADD_G
    }
  }
  s.kinds[count] = WORD;
  s.flags[count] = flag;
  s.offsets[count] = start;
  s.ends[count] = end;
  const bits = at < 0 ? 0 : (cells[at + CELL_META] as number) & (HAS_ENTRY | HAS_MARKER | HAS_MULTI | IN_TRIE | IS_DEGREE);
  s.meta[count] = bits;
  s.detect[count] = at < 0 ? 0 : (cells[at + CELL_DETECT] as number);
  s.ids[count] = at < 0 ? 0 : (cells[at] as number);
  return count + 1;
}

/**
 * A #tag of ASCII letters only, text[start, end) without the '#', read as spacedWords' pushHashtag
 * reads it: the tag's word when known; else its camel-case words; else known words of 3..12
 * letters covering it (fewest pieces); else the tag as one word. Writes its words to the scan
 * (which must have room for end − start more tokens) and returns the new count, or -1 when the
 * tag is elongated (left to tokeniseSpaced's step). O(length × 12).
 *
 * @example
 * scanHashtag(scan, 0, '#stillbitter', 1, 12, table); // 2 words: still, bitter
 */
export function scanHashtag(s: Scan, count: number, text: string, start: number, end: number, table: AsciiTable): number {
  for (let x = start + 2; x < end; x++) {
    const a = text.charCodeAt(x) | 0x20;
    if (a === (text.charCodeAt(x - 1) | 0x20) && a === (text.charCodeAt(x - 2) | 0x20)) return -1;
  }
  if (known(table, text, start, end)) return piece(s, count, text, start, end, table);
  const cuts: number[] = [];
  for (let x = start + 1; x < end; x++) if (text.charCodeAt(x) <= 90 && text.charCodeAt(x - 1) >= 97) cuts.push(x);
  const n = end - start;
  if (cuts.length === 0 && n >= 2 * MIN_PIECE) {
    // fewest known pieces covering the tag; only positions some split reaches are extended
    if (scratchPieces.length < n + 1) {
      scratchPieces = new Int32Array(2 * (n + 1));
      scratchFrom = new Int32Array(2 * (n + 1));
    }
    const pieces = scratchPieces.fill(0x7fffffff, 0, n + 1);
    const from = scratchFrom.fill(0, 0, n + 1);
    pieces[0] = 0;
    for (let a = 0; a <= n - MIN_PIECE; a++) {
      const before = pieces[a] as number;
      if (before === 0x7fffffff) continue;
      const last = Math.min(n, a + MAX_PIECE);
      let h = hashOf(text, start + a, start + a + MIN_PIECE - 1); // grown by one code per end b
      for (let b = a + MIN_PIECE; b <= last; b++) {
        h = Math.imul(h ^ (text.charCodeAt(start + b - 1) | 0x20), HASH_PRIME);
        if (before + 1 < (pieces[b] as number) && knownHashed(table, h, text, start + a, start + b)) {
          pieces[b] = before + 1;
          from[b] = a;
        }
      }
    }
    if (pieces[n] !== 0x7fffffff) for (let at = from[n] as number; at > 0; at = from[at] as number) cuts.unshift(start + at);
  }
  let from = start;
  for (const cut of cuts) {
    count = piece(s, count, text, from, cut, table);
    from = cut;
  }
  return piece(s, count, text, from, end, table);
}
