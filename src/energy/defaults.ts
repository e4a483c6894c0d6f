import type { CommunityRole } from '../behaviour/schema';

/**
 * Defaults of the fusion of behaviour and texts into one reading per customer (`scoreCustomers`).
 * Every constant has its source or reasoning.
 */
export const ENERGY_DEFAULTS = {
  /**
   * Recency half-life in days: each signal counts 2^(−age / halfLife). 90 days, a quarter: the
   * cadence of relationship NPS surveys and CX reporting, so last week counts 0.95, last quarter
   * 0.5 and last year 0.06 ("last week outweighs last year").
   */
  halfLifeDays: 90,
  /**
   * Squashing constant: energy = S / √(S² + alpha). VADER normalises its valence sums with
   * alpha = 15 for word valences up to ±4 (Hutto & Gilbert 2014); our signals are half that scale
   * (up to about ±2), and alpha scales with the square: 15 / 4 ≈ 4. One recent complaint (S = −1)
   * gives −0.45, two give −0.71, four −0.89.
   */
  alpha: 4,
  /**
   * A text counts scoreText energy × confidence × textWeight. 1.5: a confident, strongly charged
   * text counts as much as a referral or a cancellation, since what a customer writes unprompted
   * is direct evidence of how they feel.
   */
  textWeight: 1.5,
  /**
   * Polarity: positive when energy ≥ +0.15, negative when ≤ −0.15, else neutral. That is |S| ≥ 0.3:
   * one mild recent event (a first purchase, a return) is enough to lean, a year-old one is not.
   * (VADER's ±0.05 suits single sentences; a customer's history needs a wider dead band.)
   */
  polarityThreshold: 0.15,
  /**
   * Confidence = (1 − exp(−n / evidenceScale)) × (0.5 + 0.5 × agreement), n the decayed amount of
   * evidence (events count their decay, texts decay × confidence) and agreement = |Σ w·d| / Σ |w·d|.
   * Three recent signals give 0.63 of full amount; evidence pulling both ways halves confidence.
   */
  evidenceScale: 3,
  /**
   * Contributions kept per customer, largest |decayed weight| first: 3, the number the summary
   * line shows and usually enough to explain a reading; each kept one costs about 200 bytes per
   * reading (an object, its date and label strings, two boxed numbers), and three cost about half
   * the scoring time at 100 k customers (measured by `npm run bench:customers`: 0.47 M against
   * 0.96 M events per CPU-second), so raise it (≤ 50) for audits, or set 0 for speed.
   */
  contributions: 3,
  /** Characters of text quoted in a contribution's excerpt. */
  excerptLength: 60,
  /**
   * Size: 0.5 × e / mean(e) + 0.5 × i / mean(i) over the scored population, with
   * e = ln(1 + economic strength) and i = ln(1 + followers) + ln(roleReach). Log scales because
   * spend and audiences are heavy-tailed; dividing by the population mean makes the average
   * customer size 1, so a size-weighted total reads in "average customers". Economic strength and
   * social influence weigh equally (Customer Energy Theory names both as the body's size).
   */
  size: {
    economicShare: 0.5,
    /**
     * Audience multiplier of a community role: a moderator or ambassador is heard beyond their
     * followers (reasoning: roles that speak for the community reach its members; an influencer
     * role is a declared multiplier). ln(reach) adds to ln(1 + followers).
     */
    roleReach: {
      none: 1,
      member: 1,
      contributor: 1.5,
      moderator: 2,
      ambassador: 3,
      influencer: 5,
    } as Readonly<Record<CommunityRole, number>>,
  },
} as const;

/** The shape of the energy defaults, for overriding some of them per call. */
export interface EnergyDefaults {
  halfLifeDays: number;
  alpha: number;
  textWeight: number;
  polarityThreshold: number;
  evidenceScale: number;
  contributions: number;
  excerptLength: number;
  size: { economicShare: number; roleReach: Readonly<Record<CommunityRole, number>> };
}
