import { ADD_G, ELONGATED, HAS_APOSTROPHE, LAZY, normAt, WORD, type Scan } from '../tokenise/scanAccess';
import { CELL_DETECT, findAscii, HASH_PRIME, HASH_START, type AsciiTable } from './asciiTable';
import type { CompiledPack } from './compilePack';
import { DETECT_SAMPLE } from './detectInternals';

/**
 * Add a scanned word's detection votes: its slot's mask (function words), else the mask of its
 * "l'" head ("l'assistenza"); none when elongated or ending at or past DETECT_SAMPLE (the same rule
 * as readUnits' vote over tokens). With `table` (the scan's), a fast-path word's head is probed in
 * place: no slice, no Map look-up (measured: the slice and look-up per "don't" / "I'm" were 1% of
 * an English scoreText). O(word length).
 *
 * @example
 * voteScanned(votes, scanSpaced('il cibo', pack), 0, pack.lookup, 'il cibo'); // votes[1] + 1 (Italian)
 */
export function voteScanned(votes: number[], s: Scan, k: number, lookup: CompiledPack['lookup'], text: string, table?: AsciiTable): void {
  if (s.kinds[k] !== WORD || ((s.flags[k] as number) & ELONGATED) !== 0 || (s.ends[k] as number) >= DETECT_SAMPLE) return;
  let m: number | undefined = s.detect[k] as number;
  if (m === 0) {
    const f = s.flags[k] as number;
    if ((f & LAZY) !== 0 && (f & HAS_APOSTROPHE) === 0) return; // no apostrophe: no "l'" head
    if ((f & LAZY) !== 0 && table !== undefined) {
      m = headMask(table, text, s.offsets[k] as number, s.ends[k] as number, (f & ADD_G) !== 0 ? 1 : 0);
      if (m === 0) return;
    } else {
      const w = normAt(s, k, text);
      const cut = w.indexOf("'");
      if (cut > 0 && cut < w.length - 1) m = lookup.get(w.slice(0, cut + 1))?.detect;
      if (m === undefined) return;
    }
  }
  for (let c = 0; m !== 0; c++, m >>>= 1) if ((m & 1) === 1) votes[c] = (votes[c] as number) + 1;
}

/**
 * Detection mask of the "l'" head of the fast-path word text[start, end) (ASCII letters and
 * apostrophes; its norm is that lower-cased plus `g` letters): the key up to and with the first
 * apostrophe, when that apostrophe is neither the norm's first nor last character; else 0.
 */
function headMask(table: AsciiTable, text: string, start: number, end: number, g: number): number {
  let p = start;
  while (p < end && text.charCodeAt(p) !== 39) p++;
  if (p === end || p === start || p - start >= end - start + g - 1) return 0;
  let h = HASH_START;
  for (let x = start; x <= p; x++) h = Math.imul(h ^ (text.charCodeAt(x) | 0x20), HASH_PRIME);
  const at = findAscii(table, h, text, start, p + 1, false);
  return at < 0 ? 0 : (table.cells[at + CELL_DETECT] as number);
}
