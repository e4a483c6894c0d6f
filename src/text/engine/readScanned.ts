import { SYMBOLS } from '../lexicon/symbols';
import { ADD_G, CAPS, HAS_APOSTROPHE, ELONGATED, EMOJI, EMOTICON, LAZY, MENTION, NO_UNIT, NUMBER, OTHER_UNIT, PUNCT, URL, WORD, normAt, textAt, type Scan } from '../tokenise/scanAccess';
import { HAS_ENTRY, IN_TRIE, IS_DEGREE, SLOT_BITS, type AsciiTable } from './asciiTable';
import type { CompiledPack, Marker, MultiNode } from './compilePack';
import type { Unit } from './readUnits';
import type { LexiconEntry } from '../languagePack';
import { DEGREE_LONGEST, DEGREE_UNITS, DEGREE_WORDS, OTHER, endsNt, markerEntry, markerUnit, pushPunct, sentimentUnit, unit } from './units';

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
 * first, longest first; then single-token markers, lexicon words, emoji and emoticons). The
 * detection votes are counted by the scan (scanSpaced's `votes`). A word's text or norm is made
 * only when a rule needs it; a token the scan flagged OTHER_UNIT or NO_UNIT is not looked at
 * again. The units are written into `units` from index 0 and their count returned: the caller may
 * pass the same array call after call (measured: no array grown per text, English scoreText +1.8%);
 * past the count it may hold a previous text's units. O(tokens × longest phrase).
 *
 * @example
 * const units: Unit[] = [];
 * units.slice(0, readScanned(scanSpaced(text, pack), pack, text, units)).map((u) => u.kind);
 */
export function readScanned(s: Scan, pack: CompiledPack, text: string, units: Unit[]): number {
  let k = 0; // units written (the array may hold a previous call's units past k)
  const contraction = pack.apostrophe === 'contraction';
  const n = s.count;
  const kinds = s.kinds;
  const flags = s.flags;
  const offsets = s.offsets;
  const slots = s.slots;
  const meta = s.meta;
  const ids = s.ids;
  const tableSlots = (s.table as AsciiTable).slots;
  const tableEntries = (s.table as AsciiTable).entries;
  for (let i = 0; i < n; i++) {
    const f = flags[i] as number;
    if ((f & (OTHER_UNIT | NO_UNIT)) !== 0) {
      if ((f & OTHER_UNIT) !== 0) units[k++] = OTHER;
      continue;
    }
    const kind = kinds[i] as number;
    if (kind === PUNCT) {
      k = pushPunct(units, s.texts[i] as string, k); // a mark's text is stored by the scan (never read by the fast path)
      continue;
    }
    if (kind === URL || kind === MENTION || kind === NUMBER) {
      units[k++] = OTHER;
      continue;
    }
    if ((f & LAZY) !== 0 && ((meta[i] as number) & SLOT_BITS) === HAS_ENTRY) {
      // a fast-path lexicon word with no marker and no phrase: its entry straight from the table, its slot untouched
      units[k++] = sentimentUnit(textAt(s, i, text), offsets[i] as number, tableEntries[(ids[i] as number) - 1] as LexiconEntry, (f & CAPS) !== 0, (f & ELONGATED) !== 0, false);
      continue;
    }
    // a fast-path word's slot is taken from the table by its key index (the scan does not copy it)
    const slot = (f & LAZY) === 0 ? slots[i] : ((meta[i] as number) & SLOT_BITS) === 0 ? undefined : tableSlots[(ids[i] as number) - 1];
    if (kind === EMOJI || kind === EMOTICON) {
      const entry = slot?.entry ?? SYMBOLS.get(s.norms[i] as string);
      units[k++] = entry === undefined ? OTHER : sentimentUnit(textAt(s, i, text), offsets[i] as number, entry, false, false, true);
      continue;
    }
    if (slot === undefined || ((meta[i] as number) & SLOT_BITS) === 0) {
      if ((f & LAZY) !== 0) {
        // a fast-path word: a degree word when its table cell says so; "n't" only with an apostrophe
        if (((meta[i] as number) & IS_DEGREE) !== 0) units[k++] = DEGREE_UNITS.get(normAt(s, i, text)) as Unit;
        else if (normLength(s, i) === 1) continue; // single letters ("a", "I") take no scope slot (VADER drops them)
        else units[k++] = contraction && (f & HAS_APOSTROPHE) !== 0 && endsNt(normAt(s, i, text)) ? unit('negator', textAt(s, i, text), offsets[i] as number) : OTHER;
        continue;
      }
      const length = normLength(s, i);
      if (length <= DEGREE_LONGEST) {
        const degree = DEGREE_WORDS.has(s.norms[i] as string) ? s.norms[i] : undefined;
        if (degree !== undefined) {
          units[k++] = DEGREE_UNITS.get(degree) as Unit; // unscored, but its text is read by the degree rule
          continue;
        }
      }
      if (length === 1 && kind === WORD) continue; // single letters ("a", "I") take no scope slot (VADER drops them)
      units[k++] = contraction && ntAt(s, i, text) ? unit('negator', textAt(s, i, text), offsets[i] as number) : OTHER;
      continue;
    }
    const caps = (f & CAPS) !== 0;
    if (slot.multi !== undefined) {
      const end = matchMulti(s, i, slot.multi, text);
      if (end >= 0) {
        const marker = hitMarker as Marker;
        units[k++] = markerUnit(marker, text.slice(offsets[i] as number, s.ends[end] as number), offsets[i] as number, caps, markerEntry(marker));
        i = end;
        continue;
      }
    }
    if (slot.marker !== undefined) units[k++] = markerUnit(slot.marker, textAt(s, i, text), offsets[i] as number, caps, slot.entry);
    else if (slot.entry !== undefined) units[k++] = sentimentUnit(textAt(s, i, text), offsets[i] as number, slot.entry, caps, (f & ELONGATED) !== 0, false);
    else if (contraction && ntAt(s, i, text)) units[k++] = unit('negator', textAt(s, i, text), offsets[i] as number);
    else if (kind !== WORD || normLength(s, i) !== 1) units[k++] = OTHER; // a letter that starts an unmatched phrase ("a bit") takes no slot either
  }
  return k;
}
