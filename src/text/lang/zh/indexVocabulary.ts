import { normaliseUnit } from './charClass';

/** A vocabulary prepared for forward maximum matching. */
export interface VocabularyIndex {
  /** Normalised (simplified, lower-case) words. */
  readonly words: ReadonlySet<string>;
  /** First UTF-16 code unit → length of the longest word starting with it (bounds the probes). */
  readonly maxLengthByFirst: ReadonlyMap<number, number>;
}

const cache = new WeakMap<ReadonlySet<string>, VocabularyIndex>();

/** Normalise a vocabulary word the way the tokeniser normalises text, then lower-case it. */
function normaliseWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(normaliseUnit(word.charCodeAt(i)));
  return out.toLowerCase();
}

/**
 * Index a vocabulary once per Set object (cached in a WeakMap): normalised words and, per first
 * character, the longest word length. O(total characters of the vocabulary) on first use, O(1)
 * after.
 *
 * @example
 * indexVocabulary(new Set(['不錯', '不'])).maxLengthByFirst.get('不'.charCodeAt(0)); // 2
 */
export function indexVocabulary(vocabulary: ReadonlySet<string>): VocabularyIndex {
  const cached = cache.get(vocabulary);
  if (cached !== undefined) return cached;
  const words = new Set<string>();
  const maxLengthByFirst = new Map<number, number>();
  for (const raw of vocabulary) {
    if (typeof raw !== 'string' || raw.length === 0) continue;
    const word = normaliseWord(raw);
    words.add(word);
    const first = word.charCodeAt(0);
    if ((maxLengthByFirst.get(first) ?? 0) < word.length) maxLengthByFirst.set(first, word.length);
  }
  const index = { words, maxLengthByFirst };
  cache.set(vocabulary, index);
  return index;
}
