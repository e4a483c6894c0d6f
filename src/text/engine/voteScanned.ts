import { ELONGATED, HAS_APOSTROPHE, LAZY, normAt, WORD, type Scan } from '../tokenise/scanAccess';
import type { CompiledPack } from './compilePack';
import { DETECT_SAMPLE } from './detectInternals';

/**
 * Add a scanned word's detection votes: its slot's mask (function words), else the mask of its
 * "l'" head ("l'assistenza"); none when elongated or ending at or past DETECT_SAMPLE (the same rule
 * as readUnits' vote over tokens). O(word length).
 *
 * @example
 * voteScanned(votes, scanSpaced('il cibo', pack), 0, pack.lookup, 'il cibo'); // votes[1] + 1 (Italian)
 */
export function voteScanned(votes: number[], s: Scan, k: number, lookup: CompiledPack['lookup'], text: string): void {
  if (s.kinds[k] !== WORD || ((s.flags[k] as number) & ELONGATED) !== 0 || (s.ends[k] as number) >= DETECT_SAMPLE) return;
  let m: number | undefined = s.detect[k] as number;
  if (m === 0) {
    const f = s.flags[k] as number;
    if ((f & LAZY) !== 0 && (f & HAS_APOSTROPHE) === 0) return; // no apostrophe: no "l'" head
    const w = normAt(s, k, text);
    const cut = w.indexOf("'");
    if (cut > 0 && cut < w.length - 1) m = lookup.get(w.slice(0, cut + 1))?.detect;
    if (m === undefined) return;
  }
  for (let c = 0; m !== 0; c++, m >>>= 1) if ((m & 1) === 1) votes[c] = (votes[c] as number) + 1;
}
