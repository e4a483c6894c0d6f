/**
 * Every constant of the text scorer, with its source. VADER = Hutto & Gilbert (2014), "VADER: A
 * Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM-14, and its
 * reference implementation vaderSentiment.py (constants of the same names).
 */
export const TEXT_DEFAULTS = {
  /** Normaliser x / √(x² + α) of the raw sum: VADER `normalize(score, alpha=15)`. */
  alpha: 15,
  /** A negator multiplies the words in its scope by this: VADER `N_SCALAR = -0.74`. */
  negationScalar: -0.74,
  /**
   * A negated NEGATIVE word is multiplied by this instead: negation shifts negative words only
   * weakly towards positive ("not afraid", "no more stolen"), Kiritchenko & Mohammad (2016),
   * "The Effect of Negators, Modals, and Degree Adverbs on Sentiment Composition" (WASSA);
   * value measured on the English development sets (see README).
   */
  negativeNegationScalar: -0.3,
  /**
   * Tokens a negator or booster reaches forward (VADER looks back 3 tokens from each word; the
   * scope also ends at clause punctuation and contrast words: stated reasoning, clauses bound
   * scope in English, Chinese and Italian grammar alike).
   */
  scope: 3,
  /**
   * VADER `_never_check`: right after one of these degree words a sentiment word is compared, not
   * denied ("never so happy", "haven't been this sore in a while"): a negator 3 units back does
   * not flip it but scales it ×1.25, and `never` 2 units back scales it ×1.5 (VADER's constants).
   * English forms; other languages' texts do not carry them.
   */
  degreeWords: ['so', 'this'] as readonly string[],
  degreeNegator: 'never',
  degreeScale: [1, 1.5, 1.25] as readonly number[],
  /**
   * A negator with nothing evaluative in its scope ("it doesn't turn on", "never arrived", 没收到,
   * "non funziona più") is read as a word of this valence: negation itself marks a negative
   * stance (Potts 2011, "On the negativity of negation", SALT 20: negation is markedly more
   * frequent in negative reviews). Small (a quarter of VADER's "no" −1.2) so it decides only texts
   * with little else in them; measured −0.15 .. −0.8 on every set: −0.3 is best on en_vader_tweets
   * and every set gains (amazon +40, yelp +39, semeval +38, tweets +12, sentipolc +111, zh shopping
   * +309, weibo +8 texts right against no such rule).
   */
  standaloneNegation: -0.3,
  /** Booster weight by distance 1, 2, 3: VADER `scalar * 0.95` at i-2 and `* 0.9` at i-3. */
  boosterDecay: [1, 0.95, 0.9] as readonly number[],
  /** A booster in ALL CAPS in mixed-case text adds this: VADER `C_INCR = 0.733`. */
  capsIncrement: 0.733,
  /** Default intensifier / downtoner step: VADER `B_INCR = 0.293`, `B_DECR = -0.293`. */
  boosterStep: 0.293,
  /** Clause before "but" is weighted ×0.5, after ×1.5: VADER `_but_check`. */
  contrastBefore: 0.5,
  contrastAfter: 1.5,
  /**
   * Emoji and emoticons count ×1.5 their lexicon valence: stated reasoning, a face is the writer's
   * own state, not a topic word (VADER lets negators reach neither); measured on the development
   * sets: on en_vader_tweets symbols agree with the gold label 723 times and disagree 10 times,
   * and ×1.5 against ×1 gains tweets +12, semeval +3, weibo +56 rows, no set lower (×2: tweets
   * +9, ×3: +9 on the same runs).
   */
  symbolScale: 1.5,
  /** Each "!" adds 0.292 in the direction of its sentence, at most 4: VADER `_amplify_ep`. */
  exclamationStep: 0.292,
  exclamationMax: 4,
  /** Two or three "?" add 0.18 each, more add 0.96: VADER `_amplify_qm`. */
  questionStep: 0.18,
  questionMaxCount: 3,
  questionMax: 0.96,
  /**
   * An elongated word ("sooo good") gains one booster step (B_INCR 0.293): stated reasoning,
   * elongation is a written intensifier (Brody & Diakopoulos 2011 found it marks sentiment words).
   */
  elongationStep: 0.293,
  /**
   * Confidence = (1 − e^(−Σ|c| / κ)) × (½ + ½ × agreement), agreement = |Σc| / Σ|c|: stated
   * reasoning, one clear word (|c| ≈ 2, a VADER "good") gives about 0.63; conflicting evidence
   * halves it at worst.
   */
  confidenceScale: 2,
  /**
   * Texts longer than this (UTF-16 units) are cut into pieces at sentence punctuation (or at a
   * space / any boundary past this length) before tokenising: keeps segmenting linear (FACTS.md:
   * Intl.Segmenter is quadratic on one long string in Node 20).
   */
  pieceLength: 512,
} as const;
