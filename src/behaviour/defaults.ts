/**
 * Default signed weights of customer behaviour: how much one event, just now, moves a customer's
 * energy (before recency decay; see `ENERGY_DEFAULTS` for the fusion). Units: one "signal"; a
 * recent referral is +1.5, a recent complaint −1. Every constant has its source or reasoning.
 * Override per call with `options.weights` (flat kinds, and your own kinds) or `options.behaviour`.
 */
export const BEHAVIOUR_DEFAULTS = {
  /** Signed weight of one event of each flat kind. */
  weights: {
    /**
     * A first purchase: a vote of trust, but an untested one (the experience has not happened
     * yet), so half of a repeat purchase.
     */
    purchase: 0.5,
    /** A return: the product missed what was expected; often routine (sizing), so mild. */
    return: -0.5,
    /**
     * A refund: something went wrong and was owned; money back limits the damage, so as mild as a
     * return. Lateness against `promisedAt` adds the expectation gap (`gap`).
     */
    refund: -0.5,
    /** A cancellation undoes a decision already made: the strongest behavioural exit short of churn. */
    cancellation: -1.5,
    /**
     * A complaint. TARP (Goodman) for the US Office of Consumer Affairs, "Consumer Complaint
     * Handling in America" (1979, 1986): most customers with a problem never complain, so a
     * complaint stands for a real, usually wider grievance: a full −1.
     */
    complaint: -1,
    /**
     * A support contact. "Every contact is a defect" (Amazon; Price & Jaffe, "The Best Service is
     * No Service", 2008): the customer had to ask. Half a complaint, since many contacts are
     * routine; repeated contacts about one order weigh more (`contactRepeat`).
     */
    contact: -0.5,
    /**
     * A referral puts the referrer's own reputation at stake: the behaviour NPS tries to predict
     * (Reichheld 2003, "The One Number You Need to Grow", HBR), so the strongest positive signal.
     */
    referral: 1.5,
    /** A share or repost: public but cheap, a third of a referral. */
    share: 0.5,
    /** An unsubscribe withdraws attention: a passive exit, half a cancellation. */
    unsubscribe: -0.75,
    /** A message carries no behaviour of its own: only its text counts. */
    message: 0,
  } as Readonly<Record<string, number>>,
  /**
   * A repeat purchase (by a customer who bought before, in the data given): revealed loyalty, the
   * behaviour retention economics rests on (Reichheld & Sasser 1990, "Zero Defections", HBR).
   */
  repeatPurchase: 1,
  /**
   * Repeated contacts about the same order: n contacts about one order each weigh
   * contact × min(cap, 1 + step × (n − 1)). Dixon, Freeman & Toman (2010, "Stop Trying to Delight
   * Your Customers", HBR) find having to contact again the largest driver of disloyalty; step 0.5
   * makes three contacts about one order weigh as much as six separate ones (3 × 2), cap 3.
   */
  contactRepeat: { step: 0.5, cap: 3 },
  /**
   * Response time curve: w(m) = clamp(fastGain × (1 − log2(1 + m / neutralMinutes)), slowFloor,
   * fastGain). Neutral at 60 min: 42% of customers complaining on social media expect an answer
   * within the hour (Edison Research / Convince & Convert 2012). Fast answers recover (service
   * recovery: Smith & Bolton 1998; McCollough, Berry & Yadav 2000), up to half a signal; slow ones
   * deepen the defect, −0.66 at 4 h, −1.08 at 8 h, floored at −1.5 (from 15 h).
   */
  response: { neutralMinutes: 60, fastGain: 0.5, slowFloor: -1.5 },
  /**
   * Expectation gap (delivery, refund against its promise): x = days early (+) or late (−),
   * w = perDay × x^exponent when early, −lossAversion × perDay × (−x)^exponent when late, clamped
   * to [−lossCap, gainCap]. Prospect theory value function (Tversky & Kahneman 1992: exponent
   * 0.88, loss aversion 2.25). One day early +0.25, one day late −0.56; beating a promise by a lot
   * is worth little more than beating it a little (gainCap 0.5, reached at 2.2 days: Dixon et al.
   * 2010, delight adds little), missing it a lot costs up to a cancellation's worth (lossCap 2).
   */
  gap: { perDay: 0.25, exponent: 0.88, lossAversion: 2.25, gainCap: 0.5, lossCap: 2 },
  /**
   * Review rating 1..5 → weight. Online ratings are J-shaped (Hu, Pavlou & Zhang 2009, "Overcoming
   * the J-shaped distribution of product reviews", CACM): 3 stars already reads as a mild
   * disappointment; bad is stronger than good (Baumeister et al. 2001), so 1 star (−1.5) weighs
   * more than 5 stars (+1).
   */
  review: [-1.5, -1, -0.25, 0.5, 1] as readonly number[],
  /** NPS bands (Reichheld 2003): promoters 9-10, passives 7-8, detractors 0-6. */
  nps: { detractor: -1, passive: 0, promoter: 1 },
  /** CSAT 1..5 → weight, centred on 3, top-two-box satisfied (the ACSI / industry convention). */
  csat: [-1, -0.5, 0, 0.5, 1] as readonly number[],
  /**
   * Customer effort 1 (very easy) .. 7 (very hard) → weight. Dixon et al. 2010: 96% of customers
   * with high-effort experiences became more disloyal against 9% with low effort, and reducing
   * effort matters more than delighting: hard is three times as negative (−1.5) as easy is
   * positive (+0.5).
   */
  effort: [0.5, 0.33, 0.17, 0, -0.5, -1, -1.5] as readonly number[],
} as const;

/** The shape of the behaviour defaults, for overriding some of them per call. */
export interface BehaviourDefaults {
  weights: Readonly<Record<string, number>>;
  repeatPurchase: number;
  contactRepeat: { step: number; cap: number };
  response: { neutralMinutes: number; fastGain: number; slowFloor: number };
  gap: { perDay: number; exponent: number; lossAversion: number; gainCap: number; lossCap: number };
  review: readonly number[];
  nps: { detractor: number; passive: number; promoter: number };
  csat: readonly number[];
  effort: readonly number[];
}
