import { lexicon as VADER } from 'vader-sentiment/src/vader_lexicon.js';
import afinn from 'sentiment/languages/en/index.js';
import type { LanguagePack, LexiconEntry } from '../../languagePack';
import { EN_DOMAIN_PHRASES, EN_DOMAIN_WORDS } from './domain';
import { EN_BOOSTERS, EN_CONTRAST_AFTER, EN_CONTRAST_BEFORE, EN_FUNCTION_WORDS, EN_INTERJECTIONS, EN_NEGATORS } from './functionWords';
import { EN_TAGS } from './tags';

/**
 * AFINN (-5 .. +5) onto VADER's scale (-4 .. +4): × 4/5 maps the endpoints, then × 7/8 because an
 * AFINN rating (one annotator, integers) is less calibrated than a VADER mean of ten raters, so
 * it should sway a text less: 0.7. Measured on the four English sets (0.6 / 0.65 / 0.7 / 0.75 /
 * 0.8 / 1.0 compared, with INFLECTION_SCALE 0.5): 0.7 is best on tweets and no set falls.
 */
const AFINN_SCALE = 0.7;
/**
 * A regular inflection made here ("ruin" → "ruins") keeps half its base's valence: stated
 * reasoning, a form neither lexicon lists is less certain to keep the sense its raters judged
 * ("shooting", "wanted", "hands"); measured 0.3 .. 1.0 on the English sets: 0.5 to 0.7 are best
 * (tweets +5..+7 rows, semeval +1..+4, amazon/yelp unchanged or up).
 */
const INFLECTION_SCALE = 0.5;
/** Lexicon keys read as words: letters, inner apostrophes and hyphens (emoticons come from SYMBOLS). */
const WORD_KEY = /^[a-z][a-z'-]+$/; // two letters at least: VADER's one-letter keys are chat noise ("l", "x")

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
  addInflections(words);
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
  for (const word of EN_INTERJECTIONS) {
    const entry = words.get(word);
    if (entry !== undefined) words.set(word, { ...entry, kind: 'interjection' });
  }
  return { words, phrases };
}

/**
 * Regular inflections the lexicons lack ("ruin" → "ruining", "ruins", "ruined"), with the base
 * word's polarity at INFLECTION_SCALE × its valence: stated reasoning, VADER and AFINN list many
 * but not all forms, and a regular inflection keeps the base word's polarity. Irregular and
 * doubled-consonant forms are not made.
 */
/** Regular-looking forms with another sense than their base ("kinds" are sorts, not kindness). */
const NOT_INFLECTIONS = new Set(['kinds', 'fines', 'likes', 'wells', 'pities', 'cares', 'rests', 'fans', 'funs', 'cools']);

function addInflections(words: Map<string, LexiconEntry>): void {
  const bases = [...words.entries()].filter(([w]) => w.length >= 3 && !w.includes("'") && !w.includes('-'));
  const add = (form: string, entry: LexiconEntry): void => {
    if (!words.has(form) && !NOT_INFLECTIONS.has(form)) words.set(form, { valence: entry.valence * INFLECTION_SCALE });
  };
  for (const [w, entry] of bases) {
    if (/(?:ing|ed|ly|ous|ful|less|ness|est|er)$/.test(w)) continue;
    if (/(?:s|x|ch|sh)$/.test(w)) add(w + 'es', entry);
    else if (/[^aeiou]y$/.test(w)) add(w.slice(0, -1) + 'ies', entry);
    else add(w + 's', entry);
    if (w.endsWith('e')) {
      add(w + 'd', entry);
      add(w.slice(0, -1) + 'ing', entry);
    } else if (/[^aeiou]y$/.test(w)) {
      add(w.slice(0, -1) + 'ied', entry);
      add(w + 'ing', entry);
    } else {
      add(w + 'ed', entry);
      add(w + 'ing', entry);
    }
  }
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
