/** Every constant of the Italian pack, with its source. */
export const IT_LEXICON_DEFAULTS = {
  /**
   * Intensifier / downtoner step of the Italian boosters: VADER `B_INCR = 0.293`,
   * `B_DECR = -0.293` (Hutto & Gilbert 2014, vaderSentiment.py), as for English.
   */
  boosterStep: 0.293,
  /**
   * What an -issimo superlative adds to its adjective's magnitude (capped at 4). Stated reasoning:
   * -issimo is "molto" built into the word, so stronger than one booster step (0.293), and about
   * half-way across VADER's gap from good 1.9 to great 3.1.
   */
  superlativeStep: 0.75,
} as const;
