import type { TextReading } from '../../text/schema';

/** The columns appended to every row in row-level CSV output, in order. */
export const READING_COLUMNS = ['energy', 'level', 'polarity', 'language', 'confidence', 'traits', 'emotions', 'words'] as const;

/** Defaults of the row-level reading columns. */
export const READING_CELL_DEFAULTS = {
  /**
   * A text's polarity is positive when energy ≥ +0.05 and negative when ≤ −0.05: VADER's
   * thresholds on its normalised compound score (Hutto & Gilbert 2014, ICWSM), for single texts.
   * (Customer readings use a wider band, see ENERGY_DEFAULTS.polarityThreshold.)
   */
  polarityThreshold: 0.05,
  /** Traits, emotions and deciding words listed per row: the top 3 (enough to read, short to scan). */
  top: 3,
  /** Decimals written: 4 (a reading is not more precise than that; keeps files small and diffable). */
  decimals: 4,
} as const;

const round = (x: number): number => {
  const f = 10 ** READING_CELL_DEFAULTS.decimals;
  return Math.round(x * f) / f;
};

/** Polarity of a signed energy under the row threshold. */
export function textPolarity(energy: number): 'positive' | 'neutral' | 'negative' {
  const t = READING_CELL_DEFAULTS.polarityThreshold;
  return energy >= t ? 'positive' : energy <= -t ? 'negative' : 'neutral';
}

/** `name value; name value` for the largest non-zero scores (at most `top`). */
export function topScores(scores: Readonly<Record<string, number>>, top: number = READING_CELL_DEFAULTS.top): string {
  return Object.entries(scores)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([k, v]) => `${k} ${round(v).toFixed(2)}`)
    .join('; ');
}

/** The deciding words: evidence with the largest |contribution|, `word (+1.50)`. */
export function decidingWords(reading: TextReading, top: number = READING_CELL_DEFAULTS.top): string {
  return [...reading.evidence]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.offset - b.offset)
    .slice(0, top)
    .map((e) => `${e.text} (${e.contribution >= 0 ? '+' : ''}${e.contribution.toFixed(2)})`)
    .join('; ');
}

/** A reading as the appended cells of {@link READING_COLUMNS} (numbers stay numbers: not escaped). */
export function readingCells(r: TextReading): (string | number)[] {
  return [
    round(r.energy),
    round(r.level),
    textPolarity(r.energy),
    r.language,
    round(r.confidence),
    topScores(r.traits),
    topScores(r.emotions),
    decidingWords(r),
  ];
}
