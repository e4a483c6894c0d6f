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

/** `name value; name value` for the largest non-zero scores (at most `top`; ties by name). O(keys × top). */
export function topScores(scores: Readonly<Record<string, number>>, top: number = READING_CELL_DEFAULTS.top): string {
  const names: string[] = [];
  const values: number[] = [];
  for (const k in scores) {
    const v = scores[k]!;
    if (!(v > 0)) continue;
    let j = names.length;
    while (j > 0 && (values[j - 1]! < v || (values[j - 1] === v && names[j - 1]! > k))) j--;
    if (j >= top) continue;
    names.splice(j, 0, k);
    values.splice(j, 0, v);
    if (names.length > top) {
      names.pop();
      values.pop();
    }
  }
  let out = '';
  for (let i = 0; i < names.length; i++) out += `${i > 0 ? '; ' : ''}${names[i]} ${round(values[i]!).toFixed(2)}`;
  return out;
}

/** The deciding words: evidence with the largest |contribution| (ties: earlier first), `word (+1.50)`. */
export function decidingWords(reading: TextReading, top: number = READING_CELL_DEFAULTS.top): string {
  const ev = reading.evidence;
  const pick: number[] = [];
  for (let i = 0; i < ev.length; i++) {
    const m = Math.abs(ev[i]!.contribution);
    let j = pick.length;
    while (j > 0 && Math.abs(ev[pick[j - 1]!]!.contribution) < m) j--;
    if (j >= top) continue;
    pick.splice(j, 0, i);
    if (pick.length > top) pick.pop();
  }
  let out = '';
  for (let i = 0; i < pick.length; i++) {
    const e = ev[pick[i]!]!;
    out += `${i > 0 ? '; ' : ''}${e.text} (${e.contribution >= 0 ? '+' : ''}${e.contribution.toFixed(2)})`;
  }
  return out;
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
