import type { Emotion, Trait } from './traits';

/**
 * A lexicon entry: a signed valence on the VADER / AFINN scale (-4 very negative .. +4 very
 * positive), optionally tagged with the traits and emotions the word expresses.
 */
export interface LexiconEntry {
  /** Signed valence, -4 .. +4. */
  readonly valence: number;
  readonly traits?: readonly Trait[];
  readonly emotions?: readonly Emotion[];
  /**
   * OPTIONAL. `interjection` (lol, haha, ugh, 哈哈, boh): shows the writer's own state, so, like
   * emoji, no negator or booster before it changes it.
   */
  readonly kind?: 'interjection';
}

/**
 * Everything the scorer needs to read one language. Built-in packs exist for `en`, `zh` and `it`;
 * users register more (or override words) per call through `scoreText` options, never globally.
 */
export interface LanguagePack {
  /** BCP 47 primary language code, e.g. `en`, `zh`, `it`. */
  readonly code: string;
  /** Single words (lower-case; Chinese words as written). */
  readonly words: ReadonlyMap<string, LexiconEntry>;
  /**
   * Multi-word phrases matched before single words (lower-case, tokens separated by one space for
   * spaced languages; written without spaces for Chinese), e.g. `never again`, `再也不买`.
   */
  readonly phrases: ReadonlyMap<string, LexiconEntry>;
  /** Words that flip the polarity of what follows within the negation scope. */
  readonly negators: ReadonlySet<string>;
  /** Intensifiers (> 0, e.g. very: +0.293) and downtoners (< 0, e.g. slightly: -0.293), added to the scale. */
  readonly boosters: ReadonlyMap<string, number>;
  /** Words after which the clause outweighs the one before (but, 但是, ma). */
  readonly contrastAfter: ReadonlySet<string>;
  /** Words whose own clause is outweighed by the next one (although, 虽然, anche se). */
  readonly contrastBefore: ReadonlySet<string>;
  /**
   * OPTIONAL. How to cut text into tokens: `spaced` (words between spaces and punctuation) or `cjk`
   * (lexicon-driven longest match). Default: `cjk` for `zh`, `spaced` otherwise.
   */
  readonly tokeniser?: 'spaced' | 'cjk';
  /**
   * OPTIONAL. What an apostrophe inside a word means: `contraction` keeps `don't` whole (English),
   * `elision` splits `l'assistenza` into `l'` + `assistenza` (Italian, French). Default: `elision`
   * for `it`, `fr`, `ca`; `contraction` otherwise.
   */
  readonly apostrophe?: 'contraction' | 'elision';
  /**
   * OPTIONAL. Frequent function words (lower-case) that identify the language in Latin or other
   * spaced scripts; `detectLanguage` counts them. Built-in hints exist for `en` and `it`.
   */
  readonly functionWords?: ReadonlySet<string>;
  /**
   * OPTIONAL. Neutral words a `cjk` segmenter must know so that sentiment words are not matched
   * inside them (好像 "seems" is not 好 "good"). Added to the segmentation vocabulary only.
   */
  readonly segmentWords?: ReadonlySet<string>;
}
