import type { LanguagePack, LexiconEntry } from '../../languagePack';
import { BOOSTERS, CONTRAST_AFTER, CONTRAST_BEFORE, NEGATORS } from './functionWords';
import { parseEntries } from './parseEntries';
import { PHRASES, repeatPhrases, waitPhrases } from './phrases';
import { SEGMENT_WORDS } from './segmentWords';
import { DELIVERY } from './words/delivery';
import { DEVICES } from './words/devices';
import { EMOTICONS } from './words/emoticons';
import { FEELINGS } from './words/feelings';
import { FOOD } from './words/food';
import { GENERAL } from './words/general';
import { HOTEL } from './words/hotel';
import { MEDIA } from './words/media';
import { PRICE } from './words/price';
import { QUALITY } from './words/quality';
import { SERVICE } from './words/service';
import { SLANG } from './words/slang';

/** The Chinese pack plus the neutral words its segmenter needs (see segmentWords.ts). */
export type ZhPack = LanguagePack & { readonly segmentWords: ReadonlySet<string> };

/**
 * Spoken Chinese intensifies with a leading 好 (好开心, 好累, 好失望) where 好 is not "good": the
 * pack adds 好 + word for every word of |valence| ≥ 1, one step stronger (+0.5, VADER's booster
 * size rounded up because 好 is emphatic in speech), unless the segmenter already knows the form
 * (好像, 好好) or the lexicon defines it. Without this, 好累 would read 好 (+2) + 累 (-1.5) > 0.
 */
const HAO_STEP = 0.5;

/** Theme files in priority order: the first definition of a word wins. */
const WORD_SOURCES = [EMOTICONS, SLANG, FEELINGS, GENERAL, QUALITY, SERVICE, DELIVERY, PRICE, HOTEL, FOOD, MEDIA, DEVICES];

function addAll(target: Map<string, LexiconEntry>, source: string): void {
  for (const [word, entry] of parseEntries(source)) if (!target.has(word)) target.set(word, entry);
}

/**
 * Build the Chinese pack from the theme files: O(lexicon size), run once when the pack module
 * loads. Phrases shadow words of the same form; 好-forms are derived as described above.
 *
 * @example
 * buildZhPack().words.get('给力')?.valence; // 3
 */
export function buildZhPack(): ZhPack {
  const segmentWords = new Set(SEGMENT_WORDS.split(/\s+/).filter((w) => w !== ''));
  const phrases = new Map<string, LexiconEntry>();
  addAll(phrases, PHRASES);
  addAll(phrases, waitPhrases());
  addAll(phrases, repeatPhrases());
  const words = new Map<string, LexiconEntry>();
  for (const source of WORD_SOURCES) addAll(words, source);
  for (const phrase of phrases.keys()) words.delete(phrase);
  for (const [word, entry] of [...words]) {
    const hao = `好${word}`;
    if (Math.abs(entry.valence) < 1 || word.startsWith('[') || word.startsWith('好')) continue;
    if (segmentWords.has(hao) || words.has(hao) || phrases.has(hao)) continue;
    const valence = Math.sign(entry.valence) * Math.min(4, Math.abs(entry.valence) + HAO_STEP);
    words.set(hao, { ...entry, valence });
  }
  for (const word of [...segmentWords]) if (words.has(word) || phrases.has(word)) segmentWords.delete(word);
  return {
    code: 'zh',
    words,
    phrases,
    negators: new Set(NEGATORS),
    boosters: new Map(BOOSTERS),
    contrastAfter: new Set(CONTRAST_AFTER),
    contrastBefore: new Set(CONTRAST_BEFORE),
    segmentWords,
  };
}
