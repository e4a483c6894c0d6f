import { InvalidOptionError } from '../../errors';
import type { LanguagePack, LexiconEntry } from '../languagePack';

/** A function word's role in the rules. */
export type Marker =
  | { readonly role: 'phrase'; readonly entry: LexiconEntry }
  | { readonly role: 'negator'; readonly entry?: LexiconEntry }
  | { readonly role: 'booster'; readonly value: number; readonly entry?: LexiconEntry }
  | { readonly role: 'contrastAfter' }
  | { readonly role: 'contrastBefore' };

/** A node of the multi-token trie: the item ending here (if any) and the tokens that may follow. */
export interface MultiNode {
  marker?: Marker;
  next?: Map<string, MultiNode>;
}

/** Everything known about one token form, found with a single Map look-up. */
export interface Slot {
  /** Its lexicon entry (word, or a CJK phrase written as one token). */
  readonly entry?: LexiconEntry;
  /** Its role as a single-token function word. */
  readonly marker?: Marker;
  /** Multi-token items starting with it: a trie over the following tokens' norms. */
  readonly multi?: ReadonlyMap<string, MultiNode>;
  /** Detection only: bit mask of the built-in candidates listing it as a function word. */
  readonly detect?: number;
}

/** A language pack turned into the look-up structures the scorer runs on (built once per pack). */
export interface CompiledPack {
  readonly code: string;
  readonly tokeniser: 'spaced' | 'cjk';
  readonly apostrophe: 'contraction' | 'elision';
  /** Token norm → what it is (entry, marker, start of multi-token items). */
  readonly lookup: ReadonlyMap<string, Slot>;

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

/**
 * Every slot with the same four fields in the same order: one hidden class, so the scorer's reads
 * of `entry`, `marker`, `multi` and `detect` stay monomorphic (measured: the per-token look-up
 * path is the scorer's hottest).
 *
 * @example
 * slotOf(undefined, { role: 'negator' }, undefined, undefined).marker?.role; // 'negator'
 */
export function slotOf(entry: LexiconEntry | undefined, marker: Marker | undefined, multi: ReadonlyMap<string, MultiNode> | undefined, detect: number | undefined): Slot {
  return { entry, marker, multi, detect };
}

/**
 * A lexicon entry copied with all four fields (one hidden class for the rules' reads); fields
 * absent stay undefined. A plain entry (a valence only: 19,171 of the 19,468 English ones, 114
 * distinct valences) is one shared object per valence of the pack (`plain`), so the rules read a
 * known word's entry from a few objects that stay in cache instead of one per word (measured: the
 * entry read was half of `score`'s time). Entries are never written to.
 */
function shaped(e: LexiconEntry, plain?: Map<number, LexiconEntry>): LexiconEntry {
  const { valence, traits, emotions, kind } = e;
  if (plain === undefined || traits !== undefined || emotions !== undefined || kind !== undefined || Object.is(valence, -0)) return { valence, traits, emotions, kind };
  let entry = plain.get(valence);
  if (entry === undefined) plain.set(valence, (entry = { valence, traits, emotions, kind }));
  return entry;
}

/** Phrase markers inside the multi-token trie get shaped entries too. */
function shapeMarkers(level: ReadonlyMap<string, MultiNode>): void {
  for (const node of level.values()) {
    const m = node.marker;
    if (m?.role === 'phrase') node.marker = { role: 'phrase', entry: shaped(m.entry) };
    else if ((m?.role === 'negator' || m?.role === 'booster') && m.entry !== undefined) node.marker = { ...m, entry: shaped(m.entry) };
    if (node.next !== undefined) shapeMarkers(node.next);
  }
}

/** VADER's valence scale (Hutto and Gilbert 2014), which every lexicon here is on: ±4. */
const MAX_VALENCE = 4;

/** Packs whose valences were checked (a pack compiled with several word overlays is checked once). */
const checked = new WeakSet<LanguagePack>();

/** Throw InvalidOptionError for a pack entry off the valence scale (a 1e308 would make energies NaN). */
function checkValences(pack: LanguagePack): void {
  if (checked.has(pack)) return;
  for (const [field, map] of [['words', pack.words], ['phrases', pack.phrases]] as const) {
    for (const [k, e] of map) {
      const v = (e as LexiconEntry | null)?.valence;
      if (!(typeof v === 'number' && v >= -MAX_VALENCE && v <= MAX_VALENCE)) {
        throw new InvalidOptionError(`pack ${pack.code}: ${field} '${k}' needs a valence in -4..+4 (VADER scale)`, ['options', 'packs', pack.code, field, k]);
      }
    }
  }
  for (const [k, v] of pack.boosters) {
    if (!(typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_VALENCE)) {
      throw new InvalidOptionError(`pack ${pack.code}: booster '${k}' needs a value in -4..+4`, ['options', 'packs', pack.code, 'boosters', k]);
    }
  }
  checked.add(pack);
}

function build(pack: LanguagePack, overrides: WordOverrides | undefined): CompiledPack {
  checkValences(pack);
  const tokeniser = pack.tokeniser ?? (pack.code === 'zh' ? 'cjk' : 'spaced');
  const apostrophe = pack.apostrophe ?? (ELISION_CODES.has(pack.code) ? 'elision' : 'contraction');
  const cjk = tokeniser === 'cjk';
  const words = new Map(pack.words);
  const markers = new Map<string, Marker>();
  const multiFirst = new Map<string, Map<string, MultiNode>>();
  const put = (key: string, marker: Marker): void => {
    const k = cjk ? key : key.trim().toLowerCase().replace(/\s+/g, ' ');
    if (cjk || !k.includes(' ')) {
      markers.set(k, marker);
      return;
    }
    const parts = k.split(' ');
    const first = parts[0] as string;
    let level = multiFirst.get(first);
    if (level === undefined) multiFirst.set(first, (level = new Map()));
    let node: MultiNode | undefined;
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i] as string;
      node = level.get(part);
      if (node === undefined) level.set(part, (node = {}));
      if (i < parts.length - 1) level = node.next ??= new Map();
    }
    if (node === undefined) return;
    // a multi-word negator or booster that is also a phrase keeps the phrase's entry (scored when it stands alone, as single words are)
    const phrase = node.marker?.role === 'phrase' ? node.marker.entry : undefined;
    node.marker = phrase !== undefined && (marker.role === 'negator' || marker.role === 'booster') ? { ...marker, entry: phrase } : marker;
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
  const lookup = new Map<string, Slot>();
  const plain = new Map<number, LexiconEntry>();
  for (const [k, entry] of words) lookup.set(k, slotOf(shaped(entry, plain), undefined, undefined, undefined));
  for (const [k, marker] of markers) {
    const entry = words.get(k);
    // a phrase marker is an entry; a booster or negator keeps its word entry (scored when alone)
    lookup.set(k, marker.role === 'phrase' ? slotOf(shaped(marker.entry), undefined, undefined, undefined) : slotOf(entry === undefined ? undefined : shaped(entry), marker, undefined, undefined));
  }
  for (const [k, trie] of multiFirst) {
    const slot = lookup.get(k);
    lookup.set(k, slotOf(slot?.entry, slot?.marker, trie, undefined));
  }
  for (const level of multiFirst.values()) shapeMarkers(level);
  const vocabulary = new Set<string>(lookup.keys());
  // CJK: neutral words the segmenter must know so sentiment words are not matched inside them (好像 is not 好).
  for (const w of pack.segmentWords ?? []) vocabulary.add(w);
  let maxWordLength = 1;
  if (cjk) for (const k of vocabulary) if (k.length > maxWordLength) maxWordLength = k.length;
  return { code: pack.code, tokeniser, apostrophe, lookup, vocabulary, maxWordLength };
}

