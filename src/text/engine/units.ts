import type { LexiconEntry } from '../languagePack';
import { TEXT_DEFAULTS } from '../defaults';
import type { Marker } from './compilePack';
import type { Unit } from './readUnits';

/**
 * Build a rule unit. Every unit has the same fields in the same order (one hidden class:
 * monomorphic reads in applyRules).
 *
 * @example
 * unit('negator', 'not', 4).kind; // 'negator'
 */
export function unit(kind: Unit['kind'], text: string, offset: number, entry?: LexiconEntry, value = 0, caps = false, elongated = false, phrase = false, symbol = false, exclaim = 0, question = 0): Unit {
  return { kind, text, offset, entry, value, caps, elongated, phrase, symbol, exclaim, question };
}

/**
 * A sentiment unit of a word or symbol read with `entry`: {@link unit} without the default
 * arguments, small enough to be inlined where the readers make one per lexicon word (`unit`
 * itself was not inlined there). Same fields, same order.
 *
 * @example
 * sentimentUnit('good', 4, entry, false, false, false).kind; // 'sentiment'
 */
export function sentimentUnit(text: string, offset: number, entry: LexiconEntry, caps: boolean, elongated: boolean, symbol: boolean): Unit {
  return { kind: 'sentiment', text, offset, entry, value: 0, caps, elongated, phrase: false, symbol, exclaim: 0, question: 0 };
}

/** The unit of a token that plays no part in the rules (shared: costs nothing). */
export const OTHER: Unit = unit('other', '', 0);
/** VADER's degree words ("so", "this"): read by the degree rule even when unscored. */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(TEXT_DEFAULTS.degreeWords);
export const DEGREE_LONGEST = Math.max(...TEXT_DEFAULTS.degreeWords.map((w) => w.length));
export const DEGREE_UNITS: ReadonlyMap<string, Unit> = new Map(TEXT_DEFAULTS.degreeWords.map((w) => [w, unit('other', w, 0)]));

/** The word ends in "n't" (an unlisted contraction is a negator). */
export function endsNt(w: string): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 1) === 116 && w.charCodeAt(n - 2) === 39 && w.charCodeAt(n - 3) === 110;
}

function isSentenceMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // . ! ? newline, and the full-width / CJK forms 。！？…
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026) return true;
  }
  return false;
}

/** The unit of a clause mark (shared: no rule reads a mark's text or offset, only its kind and counts). */
const CLAUSE: Unit = unit('clause', '', 0);
/** Sentence-end units are shared up to this many "!" and "?" each (stated reasoning: longer runs are rare; they get their own unit). */
const SHARED_MARKS = 7;
const SENTENCES: readonly Unit[] = Array.from({ length: (SHARED_MARKS + 1) ** 2 }, (_, k) =>
  unit('sentence', '', 0, undefined, 0, false, false, false, false, Math.floor(k / (SHARED_MARKS + 1)), k % (SHARED_MARKS + 1)));

/** The sentence-end unit with these counts (shared when both are small). */
function sentenceUnit(exclaim: number, question: number): Unit {
  if (exclaim <= SHARED_MARKS && question <= SHARED_MARKS) return SENTENCES[exclaim * (SHARED_MARKS + 1) + question] as Unit;
  return unit('sentence', '', 0, undefined, 0, false, false, false, false, exclaim, question);
}

/**
 * Write a punctuation token's unit at `count` (default: append) and return the new count: a
 * clause mark, or a sentence end with its "!" and "?" counts (a run of marks tokenised apart,
 * "! !", stays one sentence end: the unit at count - 1 is replaced). The units are shared, with no
 * text or offset: the rules read only a mark's kind and counts (measured: a unit made per mark
 * was 1-2% of an English scoreText).
 *
 * @example
 * pushPunct(units, '!!'); // units gets { kind: 'sentence', exclaim: 2, question: 0 }
 */
export function pushPunct(units: Unit[], s: string, count = units.length): number {
  if (!isSentenceMark(s)) {
    units[count] = CLAUSE;
    return count + 1;
  }
  let exclaim = 0;
  let question = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 33 || c === 0xff01) exclaim++;
    else if (c === 63 || c === 0xff1f) question++;
  }
  const last = count > 0 ? units[count - 1] : undefined;
  if (last !== undefined && last.kind === 'sentence') {
    units[count - 1] = sentenceUnit(last.exclaim + exclaim, last.question + question);
    return count;
  }
  units[count] = sentenceUnit(exclaim, question);
  return count + 1;
}

/**
 * The unit of a function word or phrase found by its marker.
 *
 * @example
 * markerUnit({ role: 'negator' }, 'not', 4, false, undefined).kind; // 'negator'
 */
export function markerUnit(marker: Marker, text: string, offset: number, caps: boolean, entry: LexiconEntry | undefined): Unit {
  switch (marker.role) {
    case 'phrase':
      return unit('sentiment', text, offset, marker.entry, 0, false, false, true);
    case 'booster':
      return unit('booster', text, offset, entry, marker.value, caps);
    case 'negator':
      return unit('negator', text, offset, entry, 0, caps);
    default:
      return unit(marker.role, text, offset);
  }
}

/**
 * The word entry a multi-word negator or booster carries (the phrase of the same words, e.g.
 * "no longer"), scored when it stands alone; undefined for the other markers.
 *
 * @example
 * markerEntry({ role: 'negator', entry: { valence: -1.2 } })?.valence; // -1.2
 */
export function markerEntry(marker: Marker): LexiconEntry | undefined {
  return marker.role === 'negator' || marker.role === 'booster' ? marker.entry : undefined;
}
