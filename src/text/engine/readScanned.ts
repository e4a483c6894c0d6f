import { SYMBOLS } from '../lexicon/symbols';
import { ADD_G, CAPS, HAS_APOSTROPHE, ELONGATED, EMOJI, EMOTICON, LAZY, MENTION, NUMBER, PUNCT, URL, WORD, normAt, textAt, type Scan } from '../tokenise/scanAccess';
import { IN_TRIE, IS_DEGREE, SLOT_BITS } from './asciiTable';
import type { CompiledPack, Marker, MultiNode } from './compilePack';
import { DETECT_SAMPLE } from './detectInternals';
import type { Unit } from './readUnits';
import { DEGREE_LONGEST, DEGREE_UNITS, DEGREE_WORDS, OTHER, endsNt, markerUnit, pushPunct, unit } from './units';

/** Where matchMulti writes its marker (module-level: readScanned is synchronous). */
let hitMarker: Marker | undefined;

/** Longest multi-token item starting at token i: index of its last token (its marker in hitMarker), or -1. */
function matchMulti(s: Scan, i: number, trie: ReadonlyMap<string, MultiNode>, text: string): number {
  let level: ReadonlyMap<string, MultiNode> | undefined = trie;
  let best = -1;
  for (let j = i + 1; j < s.count && level !== undefined; j++) {
    const kind = s.kinds[j] as number;
    if (kind === PUNCT || kind === EMOJI || kind === EMOTICON) break;
    // a fast-path word no trie level lists cannot continue an item (its norm is not made)
    if (kind === WORD && ((s.flags[j] as number) & LAZY) !== 0 && ((s.meta[j] as number) & IN_TRIE) === 0) break;
    const node = level.get(normAt(s, j, text));
    if (node === undefined) break;
    if (node.marker !== undefined) {
      hitMarker = node.marker;
      best = j;
    }
    level = node.next;
  }
  return best;
}

/** Add a word's detection votes (same rule as readUnits' vote: function words, "l'" heads, not elongated, within DETECT_SAMPLE). */
function vote(votes: number[], s: Scan, k: number, lookup: CompiledPack['lookup'], text: string): void {
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

/** The token's norm ends in "n't" (made only for words with an apostrophe). */
function ntAt(s: Scan, k: number, text: string): boolean {
  const f = s.flags[k] as number;
  if ((f & LAZY) !== 0 && (f & HAS_APOSTROPHE) === 0) return false;
  return endsNt(normAt(s, k, text));
}

/** Length of the token's norm without making it. */
function normLength(s: Scan, k: number): number {
  const f = s.flags[k] as number;
  if ((f & LAZY) === 0) return (s.norms[k] as string).length;
  return (s.ends[k] as number) - (s.offsets[k] as number) + ((f & ADD_G) !== 0 ? 1 : 0);
}

/**
 * {@link readUnits} over a {@link Scan}: the same units (multi-token phrases and function words
 * first, longest first; then single-token markers, lexicon words, emoji and emoticons), the same
 * detection votes with `votes`. A word's text or norm is made only when a rule needs it.
 * O(tokens × longest phrase).
 *
 * @example
 * readScanned(scanSpaced(text, pack), pack, text).map((u) => u.kind);
 */
export function readScanned(s: Scan, pack: CompiledPack, text: string, votes?: number[]): Unit[] {
  const units: Unit[] = [];
  const contraction = pack.apostrophe === 'contraction';
  const lookup = pack.lookup;
  const n = s.count;
  const kinds = s.kinds;
  const flags = s.flags;
  const offsets = s.offsets;
  const slots = s.slots;
  const meta = s.meta;
  for (let i = 0; i < n; i++) {
    const kind = kinds[i] as number;
    if (kind === PUNCT) {
      pushPunct(units, textAt(s, i, text), offsets[i] as number);
      continue;
    }
    if (kind === URL || kind === MENTION || kind === NUMBER) {
      units.push(OTHER);
      continue;
    }
    const slot = slots[i];
    const f = flags[i] as number;
    // a word votes by its detection mask, or (with an apostrophe) by its "l'" head
    if (votes !== undefined && kind === WORD && (s.detect[i] !== 0 || (f & LAZY) === 0 || (f & HAS_APOSTROPHE) !== 0)) vote(votes, s, i, lookup, text);
    if (kind === EMOJI || kind === EMOTICON) {
      const entry = slot?.entry ?? SYMBOLS.get(s.norms[i] as string);
      units.push(entry === undefined ? OTHER : unit('sentiment', textAt(s, i, text), offsets[i] as number, entry, 0, false, false, false, true));
      continue;
    }
    if (slot === undefined || ((meta[i] as number) & SLOT_BITS) === 0) {
      if ((f & LAZY) !== 0) {
        // a fast-path word: a degree word when its table cell says so; "n't" only with an apostrophe
        if (((meta[i] as number) & IS_DEGREE) !== 0) units.push(DEGREE_UNITS.get(normAt(s, i, text)) as Unit);
        else if (normLength(s, i) === 1) continue; // single letters ("a", "I") take no scope slot (VADER drops them)
        else units.push(contraction && (f & HAS_APOSTROPHE) !== 0 && endsNt(normAt(s, i, text)) ? unit('negator', textAt(s, i, text), offsets[i] as number) : OTHER);
        continue;
      }
      const length = normLength(s, i);
      if (length <= DEGREE_LONGEST) {
        const degree = DEGREE_WORDS.has(s.norms[i] as string) ? s.norms[i] : undefined;
        if (degree !== undefined) {
          units.push(DEGREE_UNITS.get(degree) as Unit); // unscored, but its text is read by the degree rule
          continue;
        }
      }
      if (length === 1 && kind === WORD) continue; // single letters ("a", "I") take no scope slot (VADER drops them)
      units.push(contraction && ntAt(s, i, text) ? unit('negator', textAt(s, i, text), offsets[i] as number) : OTHER);
      continue;
    }
    const caps = (f & CAPS) !== 0;
    if (slot.multi !== undefined) {
      const end = matchMulti(s, i, slot.multi, text);
      if (end >= 0) {
        const marker = hitMarker as Marker;
        if (votes !== undefined) for (let j = i + 1; j <= end; j++) vote(votes, s, j, lookup, text);
        units.push(markerUnit(marker, text.slice(offsets[i] as number, s.ends[end] as number), offsets[i] as number, caps, undefined));
        i = end;
        continue;
      }
    }
    if (slot.marker !== undefined) units.push(markerUnit(slot.marker, textAt(s, i, text), offsets[i] as number, caps, slot.entry));
    else if (slot.entry !== undefined) units.push(unit('sentiment', textAt(s, i, text), offsets[i] as number, slot.entry, 0, caps, (f & ELONGATED) !== 0));
    else if (contraction && ntAt(s, i, text)) units.push(unit('negator', textAt(s, i, text), offsets[i] as number));
    else if (kind !== WORD || normLength(s, i) !== 1) units.push(OTHER); // a letter that starts an unmatched phrase ("a bit") takes no slot either
  }
  return units;
}
