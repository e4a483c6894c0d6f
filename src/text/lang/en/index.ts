import { lexicon as VADER } from 'vader-sentiment/src/vader_lexicon.js';
import afinn from 'sentiment/languages/en/index.js';
import type { LanguagePack, LexiconEntry } from '../../languagePack';
import { EN_DOMAIN_PHRASES, EN_DOMAIN_WORDS } from './domain';
import { EN_BOOSTERS, EN_CONTRAST_AFTER, EN_CONTRAST_BEFORE, EN_FUNCTION_WORDS, EN_NEGATORS } from './functionWords';
import { EN_TAGS } from './tags';

/** AFINN (-5 .. +5) onto VADER's scale (-4 .. +4): × 4/5 (same endpoints; both are mean ratings of sentiment strength). */
const AFINN_SCALE = 0.8;
/** Lexicon keys read as words: letters, inner apostrophes and hyphens (emoticons come from SYMBOLS). */
const WORD_KEY = /^[a-z][a-z'-]*$/;

/**
 * Merge rule, in order (later wins): (1) VADER (human-rated means, the better-calibrated source)
 * for every word it rates; (2) AFINN-165 × 0.8 for words and phrases VADER lacks; (3) this
 * project's customer-domain words and phrases; (4) this project's trait and emotion tags attached
 * to whatever entry results. Built once at module load: O(|VADER| + |AFINN|).
 */
function buildLexicon(): { words: Map<string, LexiconEntry>; phrases: Map<string, LexiconEntry> } {
  const words = new Map<string, LexiconEntry>();
  const phrases = new Map<string, LexiconEntry>();
  for (const [key, valence] of Object.entries(VADER)) {
    if (WORD_KEY.test(key)) words.set(key, { valence });
  }
  for (const [key, score] of Object.entries(afinn.labels)) {
    const target = key.includes(' ') ? phrases : WORD_KEY.test(key) ? words : undefined;
    if (target !== undefined && !target.has(key)) target.set(key, { valence: score * AFINN_SCALE });
  }
  for (const [target, rows] of [[words, EN_DOMAIN_WORDS], [phrases, EN_DOMAIN_PHRASES]] as const) {
    for (const [key, valence, traits, emotions] of rows) {
      const entry: { valence: number; traits?: LexiconEntry['traits']; emotions?: LexiconEntry['emotions'] } = { valence };
      if (traits !== undefined && traits.length > 0) entry.traits = traits;
      if (emotions !== undefined && emotions.length > 0) entry.emotions = emotions;
      target.set(key, entry);
    }
  }
  for (const [word, tags] of EN_TAGS) {
    const entry = words.get(word);
    if (entry === undefined) continue;
    words.set(word, {
      valence: entry.valence,
      traits: entry.traits ?? (tags.traits.length > 0 ? tags.traits : undefined),
      emotions: entry.emotions ?? (tags.emotions.length > 0 ? tags.emotions : undefined),
    });
  }
  return { words, phrases };
}

const { words, phrases } = buildLexicon();

/**
 * The built-in English pack: VADER (Apache-2.0) + AFINN-165 (ODbL, read from the `sentiment`
 * package at load time, not copied) + this project's customer-domain words, phrases and tags.
 *
 * @example
 * enPack.words.get('great')?.valence; // 3.1 (VADER)
 */
export const enPack: LanguagePack = {
  code: 'en',
  words,
  phrases,
  negators: new Set(EN_NEGATORS),
  boosters: new Map(EN_BOOSTERS),
  contrastAfter: new Set(EN_CONTRAST_AFTER),
  contrastBefore: new Set(EN_CONTRAST_BEFORE),
  tokeniser: 'spaced',
  apostrophe: 'contraction',
  functionWords: new Set(EN_FUNCTION_WORDS),
};
