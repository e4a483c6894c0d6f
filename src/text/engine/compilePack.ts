import type { LanguagePack, LexiconEntry } from '../languagePack';

/** A function word's role in the rules. */
export type Marker =
  | { readonly role: 'phrase'; readonly entry: LexiconEntry }
  | { readonly role: 'negator' }
  | { readonly role: 'booster'; readonly value: number }
  | { readonly role: 'contrastAfter' }
  | { readonly role: 'contrastBefore' };

/** A language pack turned into the look-up structures the scorer runs on (built once per pack). */
export interface CompiledPack {
  readonly code: string;
  readonly tokeniser: 'spaced' | 'cjk';
  readonly apostrophe: 'contraction' | 'elision';
  readonly words: ReadonlyMap<string, LexiconEntry>;
  /** Single-token markers: negators, boosters, contrast words, and (CJK) phrases written as one token. */
  readonly markers: ReadonlyMap<string, Marker>;
  /** Multi-token items (spaced languages): phrases and multi-word function words, keyed by joined norms. */
  readonly multi: ReadonlyMap<string, Marker>;
  /** First token of a multi-token item → its greatest length in tokens. */
  readonly multiFirst: ReadonlyMap<string, number>;
  /** Every form the lexicon knows (CJK segmentation, squeezing elongations). */
  readonly vocabulary: ReadonlySet<string>;
  readonly maxWordLength: number;
}

/** Extra words for one call: word (or phrase, with spaces) → valence or entry. */
export type WordOverrides = ReadonlyMap<string, LexiconEntry>;

const ELISION_CODES = new Set(['it', 'fr', 'ca']);
const cache = new WeakMap<LanguagePack, CompiledPack>();
const overlayCache = new WeakMap<WordOverrides, WeakMap<LanguagePack, CompiledPack>>();

/**
 * Compile a pack (and optional per-call overrides) into maps; cached by pack identity and by the
 * overrides' identity, so repeated calls cost one WeakMap look-up. Building is O(lexicon size).
 *
 * @example
 * compilePack(enPack).words.get('good')?.valence; // 1.9
 */
export function compilePack(pack: LanguagePack, overrides?: WordOverrides): CompiledPack {
  if (overrides === undefined || overrides.size === 0) {
    let compiled = cache.get(pack);
    if (compiled === undefined) cache.set(pack, (compiled = build(pack, undefined)));
    return compiled;
  }
  let perPack = overlayCache.get(overrides);
  if (perPack === undefined) overlayCache.set(overrides, (perPack = new WeakMap()));
  let compiled = perPack.get(pack);
  if (compiled === undefined) perPack.set(pack, (compiled = build(pack, overrides)));
  return compiled;
}

function build(pack: LanguagePack, overrides: WordOverrides | undefined): CompiledPack {
  const tokeniser = pack.tokeniser ?? (pack.code === 'zh' ? 'cjk' : 'spaced');
  const apostrophe = pack.apostrophe ?? (ELISION_CODES.has(pack.code) ? 'elision' : 'contraction');
  const cjk = tokeniser === 'cjk';
  const words = new Map(pack.words);
  const markers = new Map<string, Marker>();
  const multi = new Map<string, Marker>();
  const multiFirst = new Map<string, number>();
  const put = (key: string, marker: Marker): void => {
    const k = cjk ? key : key.trim().toLowerCase().replace(/\s+/g, ' ');
    if (cjk || !k.includes(' ')) {
      markers.set(k, marker);
      return;
    }
    multi.set(k, marker);
    const parts = k.split(' ');
    const first = parts[0] as string;
    multiFirst.set(first, Math.max(multiFirst.get(first) ?? 0, parts.length));
  };
  for (const [k, entry] of pack.phrases) put(k, { role: 'phrase', entry });
  for (const k of pack.contrastBefore) put(k, { role: 'contrastBefore' });
  for (const k of pack.contrastAfter) put(k, { role: 'contrastAfter' });
  for (const [k, value] of pack.boosters) put(k, { role: 'booster', value });
  for (const k of pack.negators) put(k, { role: 'negator' });
  if (overrides !== undefined) {
    for (const [k, entry] of overrides) {
      if (!cjk && k.includes(' ')) put(k, { role: 'phrase', entry });
      else {
        words.set(cjk ? k : k.toLowerCase(), entry);
        markers.delete(cjk ? k : k.toLowerCase()); // an override word is scored, not a marker
      }
    }
  }
  const vocabulary = new Set<string>(words.keys());
  for (const k of markers.keys()) vocabulary.add(k);
  // CJK: neutral words the segmenter must know so sentiment words are not matched inside them (好像 is not 好).
  for (const w of (pack as { segmentWords?: ReadonlySet<string> }).segmentWords ?? []) vocabulary.add(w);
  let maxWordLength = 1;
  if (cjk) for (const k of vocabulary) if (k.length > maxWordLength) maxWordLength = k.length;
  return { code: pack.code, tokeniser, apostrophe, words, markers, multi, multiFirst, vocabulary, maxWordLength };
}

