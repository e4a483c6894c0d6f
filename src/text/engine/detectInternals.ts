import type { LanguagePack } from '../languagePack';
import type { Token } from '../token';

/** Characters looked at: the first 20,000 UTF-16 units decide (stated reasoning: enough for any mix, O(1) on a 1 MB text). */
export const DETECT_SAMPLE = 20_000;

/** Any UTF-16 unit beyond Latin-1. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
/** What the loop below counts as a Latin letter within Latin-1 (ASCII letters, U+00C0..U+00FF). */
const LATIN1_LETTER = /[A-Za-z\u00c0-\u00ff]/;

/**
 * Which script dominates a sample: `han` (a Han character weighs as three Latin letters, and
 * kana or hangul must not rival it), `spaced` (Latin or other alphabetic letters), `other` (kana,
 * hangul and no alphabet), `none` (no letters at all). O(sample).
 *
 * @example
 * scriptOf('我很喜欢这个iPhone'); // 'han'
 */
export function scriptOf(sample: string): 'han' | 'spaced' | 'other' | 'none' {
  // common case, decided by two native scans: nothing beyond Latin-1 (no Han, kana, hangul or other script)
  if (sample.length <= DETECT_SAMPLE && !BEYOND_LATIN1.test(sample)) return LATIN1_LETTER.test(sample) ? 'spaced' : 'none';
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let latin = 0;
  let other = 0;
  const n = Math.min(sample.length, DETECT_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
    else if (c >= 0x370 && c < 0x3000) other++;
  }
  if (han > 0 && han * 3 >= latin + other && kana * 2 < han && hangul * 2 < han) return 'han';
  if (latin + other > 0) return 'spaced';
  return han + kana + hangul > 0 ? 'other' : 'none';
}

/** A spaced-script candidate for detection, with its function-word hints. */
export interface Candidate {
  readonly pack: LanguagePack;
  readonly hints: ReadonlySet<string> | undefined;
}

/** Function word → bit mask of the candidates (≤ 31) that list it; built once per candidate list. */
const hintMasks = new WeakMap<readonly Candidate[], Map<string, number>>();

/**
 * Function word → bit mask of the candidates listing it (cached per candidate list).
 *
 * @example
 * masksOf(candidatesFor([])).get('the'); // 1 (the `en` candidate)
 */
export function masksOf(candidates: readonly Candidate[]): ReadonlyMap<string, number> {
  let masks = hintMasks.get(candidates);
  if (masks === undefined) {
    masks = new Map();
    candidates.forEach((c, i) => {
      if (i < 31) for (const w of c.hints ?? []) masks?.set(w, (masks.get(w) ?? 0) | (1 << i));
    });
    hintMasks.set(candidates, masks);
  }
  return masks;
}

/**
 * `count` zeros in a plain array (measured: allocating a Float64Array was a quarter of the
 * lexical vote of a short text).
 *
 * @example
 * zeros(2); // [0, 0]
 */
export function zeros(count: number): number[] {
  if (count === 2) return [0, 0]; // the built-in candidates (en, it)
  const out: number[] = [];
  for (let c = 0; c < count; c++) out.push(0);
  return out;
}

/**
 * The candidate with the most votes (ties: the earlier), or undefined when none has any.
 *
 * @example
 * best([0, 2], candidatesFor([])); // 'it'
 */
export function best(scores: ArrayLike<number>, candidates: readonly Candidate[]): string | undefined {
  let top = -1;
  for (let c = 0; c < scores.length; c++) if ((scores[c] as number) > 0 && (top < 0 || (scores[c] as number) > (scores[top] as number))) top = c;
  return top < 0 ? undefined : (candidates[top] as Candidate).pack.code;
}

/**
 * Vote among spaced-script candidates over word tokens ending before DETECT_SAMPLE: most
 * function-word hits wins; with none, most lexicon hits (words, negators, boosters) if they are at
 * least a third of the words; else `und`.
 * Ties go to the earlier candidate. O(tokens) with one or two Map look-ups per word.
 *
 * @example
 * languageOfTokens(tokeniseSpaced('the food was great'), candidatesFor([])); // 'en'
 */
export function languageOfTokens(tokens: readonly Token[], candidates: readonly Candidate[], text?: string): string {
  const masks = masksOf(candidates);
  const hits = new Float64Array(candidates.length);
  for (const t of tokens) {
    if (t.offset + t.text.length >= DETECT_SAMPLE) break;
    if (t.kind !== 'word' || t.elongated === true) continue;
    const w = t.norm;
    let mask = masks.get(w);
    if (mask === undefined) {
      const cut = w.indexOf("'");
      if (cut > 0 && cut < w.length - 1) mask = masks.get(w.slice(0, cut + 1)); // "l'assistenza" → "l'"
      if (mask === undefined) continue;
    }
    for (let c = 0; mask !== 0; c++, mask >>>= 1) if ((mask & 1) === 1) hits[c] = (hits[c] as number) + 1;
  }
  return best(hits, candidates) ?? lexicalVote(tokens, candidates, text);
}

/**
 * Word → bit mask of the candidates (≤ 31) whose words, negators or boosters hold it, built the
 * second time a candidate list is seen (the built-in list is one object; a list made for one
 * call's registered packs is read pack by pack instead).
 */
const lexicalMasks = new WeakMap<readonly Candidate[], Map<string, number>>();
const seenOnce = new WeakSet<readonly Candidate[]>();

/**
 * The candidates' word → lexicon bit mask, or undefined the first time a candidate list is seen
 * (then each pack is asked word by word, see {@link lexicalVote}).
 *
 * @example
 * lexicalMasksOf(candidatesFor([]))?.get('great'); // 1 (from the second call on)
 */
export function lexicalMasksOf(candidates: readonly Candidate[]): ReadonlyMap<string, number> | undefined {
  let masks = lexicalMasks.get(candidates);
  if (masks === undefined) {
    if (!seenOnce.has(candidates)) {
      seenOnce.add(candidates);
      return undefined;
    }
    const m = new Map<string, number>();
    candidates.forEach((c, i) => {
      if (i >= 31) return;
      const bit = 1 << i;
      for (const k of c.pack.words.keys()) m.set(k, (m.get(k) ?? 0) | bit);
      for (const k of c.pack.negators) m.set(k, (m.get(k) ?? 0) | bit);
      for (const k of c.pack.boosters.keys()) m.set(k, (m.get(k) ?? 0) | bit);
    });
    lexicalMasks.set(candidates, (masks = m));
  }
  return masks;
}

/**
 * Marks (1) every character of a space-delimited chunk holding '/', '@' or a digit: pieces of
 * links broken by a space ("http:// bit.ly/sYwz5x"), handles, codes. Their letters are not words of
 * any language. O(min(n, DETECT_SAMPLE)).
 */
function linkChunks(text: string): Uint8Array {
  const n = Math.min(text.length, DETECT_SAMPLE);
  const marks = new Uint8Array(n);
  let start = 0;
  let link = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (c <= 32) {
      if (link) marks.fill(1, start, i);
      start = i + 1;
      link = false;
    } else if (c === 47 || c === 64 || (c >= 48 && c <= 57)) link = true;
  }
  return marks;
}

/**
 * Fallback without function words: the candidate whose lexicon knows most words, if it knows at
 * least a third of them ("Great product!" yes; German "Das Essen war gut", where only "war" is an
 * English word, no); else `und`. One look-up per word (masks built once per candidate list). With `text`, letters in chunks holding '/', '@' or a digit (URLs
 * broken by a space, handles) are not counted as words. O(tokens): one look-up per word for a
 * candidate list seen before, else O(tokens × candidates).
 *
 * @example
 * lexicalVote(tokeniseSpaced('Great product!'), candidatesFor([])); // 'en'
 */
export function lexicalVote(tokens: readonly Token[], candidates: readonly Candidate[], text?: string): string {
  const lexical = zeros(candidates.length);
  const known = lexicalMasksOf(candidates);
  const links = text === undefined ? undefined : linkChunks(text);
  let words = 0;
  for (const t of tokens) {
    if (t.offset + t.text.length >= DETECT_SAMPLE) break;
    if (t.kind !== 'word' || (links !== undefined && links[t.offset] === 1)) continue;
    words++;
    const w = t.norm;
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

/**
 * The lexical vote's verdict: the candidate with most lexicon hits, if they are at least a third
 * of the `words` counted; else `und`. Zeroes the counts below the third in place.
 *
 * @example
 * lexicalWinner([2, 0], 3, candidatesFor([])); // 'en'
 */
export function lexicalWinner(lexical: number[], words: number, candidates: readonly Candidate[]): string {
  for (let c = 0; c < lexical.length; c++) if ((lexical[c] as number) * 3 < words) lexical[c] = 0;
  return best(lexical, candidates) ?? 'und';
}
