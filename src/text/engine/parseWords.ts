import { InvalidOptionError } from '../../errors';
import type { LexiconEntry } from '../languagePack';
import { EMOTIONS, TRAITS } from '../traits';

/** A per-call word: a valence (-4 .. +4) or a full lexicon entry. */
export type WordValue = number | LexiconEntry;
/** `options.words`: word → value for every language, or language code → { word → value }. */
export type WordsOption = Readonly<Record<string, WordValue | Readonly<Record<string, WordValue>>>>;

/** Parsed overrides: '*' (every language) and per language code. */
export type ParsedWords = ReadonlyMap<string, ReadonlyMap<string, LexiconEntry>>;

const parsed = new WeakMap<object, ParsedWords>();
const merged = new WeakMap<ParsedWords, Map<string, ReadonlyMap<string, LexiconEntry>>>();
const TRAIT_SET = new Set<string>(TRAITS);
const EMOTION_SET = new Set<string>(EMOTIONS);

/** VADER's valence scale (Hutto and Gilbert 2014), which every lexicon here uses: ±4. */
const MAX_VALENCE = 4;
const onScale = (v: unknown): boolean => typeof v === 'number' && v >= -MAX_VALENCE && v <= MAX_VALENCE;

function entryOf(value: unknown, path: readonly (string | number)[]): LexiconEntry | undefined {
  if (typeof value === 'number') {
    if (!onScale(value)) throw new InvalidOptionError('a word valence must be a number in -4..+4 (VADER scale)', path);
    return { valence: value };
  }
  if (typeof value !== 'object' || value === null || !('valence' in value)) return undefined;
  const e = value as LexiconEntry;
  if (!onScale(e.valence)) throw new InvalidOptionError('valence must be a number in -4..+4 (VADER scale)', [...path, 'valence']);
  if (e.traits !== undefined && (!Array.isArray(e.traits) || e.traits.some((t) => !TRAIT_SET.has(t)))) throw new InvalidOptionError(`traits must be some of ${TRAITS.join(', ')}`, [...path, 'traits']);
  if (e.emotions !== undefined && (!Array.isArray(e.emotions) || e.emotions.some((t) => !EMOTION_SET.has(t)))) throw new InvalidOptionError(`emotions must be some of ${EMOTIONS.join(', ')}`, [...path, 'emotions']);
  return e;
}

function parse(words: object): ParsedWords {
  const out = new Map<string, Map<string, LexiconEntry>>();
  const slot = (code: string) => {
    let m = out.get(code);
    if (m === undefined) out.set(code, (m = new Map()));
    return m;
  };
  for (const [key, value] of Object.entries(words)) {
    const path = ['options', 'words', key];
    const entry = entryOf(value, path);
    if (entry !== undefined) {
      slot('*').set(key, entry);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InvalidOptionError('each word must map to a valence, an entry { valence }, or (under a language code) a record of those', path);
    }
    for (const [word, inner] of Object.entries(value)) {
      const e = entryOf(inner, [...path, word]);
      if (e === undefined) throw new InvalidOptionError('a word must map to a valence or an entry { valence }', [...path, word]);
      slot(key).set(word, e);
    }
  }
  return out;
}

/**
 * The per-call overrides for one language (`*` words plus that language's), parsed and validated
 * once per `options.words` object (cached by identity), never mutating any pack.
 *
 * @example
 * overridesFor({ refund: -1, zh: { 退款: -1 } }, 'zh'); // Map { refund → -1, 退款 → -1 }
 */
export function overridesFor(words: unknown, code: string): ReadonlyMap<string, LexiconEntry> | undefined {
  if (words === undefined) return undefined;
  if (typeof words !== 'object' || words === null || Array.isArray(words)) {
    throw new InvalidOptionError('options.words must be an object', ['options', 'words']);
  }
  let p = parsed.get(words);
  if (p === undefined) parsed.set(words, (p = parse(words)));
  let perCode = merged.get(p);
  if (perCode === undefined) merged.set(p, (perCode = new Map()));
  let result = perCode.get(code);
  if (result === undefined) {
    const all = new Map(p.get('*') ?? []);
    for (const [w, e] of p.get(code) ?? []) all.set(w, e);
    perCode.set(code, (result = all));
  }
  return result.size === 0 ? undefined : result;
}
