/**
 * Defaults of {@link simulateSpread}, each with its source. Every knob is an option; set
 * `negativityBias: 1, levelWeight: 0, sizeExponent: 0` (and give no incentives, no distrust
 * edges) and the signed cascade is the classic independent cascade.
 */
export const SPREAD_DEFAULTS = {
  /** Model run when none is named: the signed cascade with the theory's knobs. */
  model: 'cascade',
  /**
   * Simulated runs. 1,000 runs put the standard error of the mean reach at about 3% of reach's
   * standard deviation (1/√1000); Kempe, Kleinberg and Tardos (2003) used 10,000 for published
   * figures, which is what `npm run bench:spread` uses.
   */
  runs: 1000,
  /** Rounds simulated: no limit (until no new customer hears), as in the classic models. */
  maxRounds: Number.POSITIVE_INFINITY,
  /**
   * How much more readily negative energy is passed on: the per-arc chance is multiplied by this
   * for a negative message (clamped at 1). TARP (1986, "Consumer Complaint Handling in America",
   * for the US Office of Consumer Affairs) and Goodman (1999): a dissatisfied customer tells 9-10
   * people, a satisfied one 4-5, about twice as many; hence 2.
   */
  negativityBias: 2,
  /**
   * How much the sender's level (how strongly they feel, in [0, 1]) scales their chance:
   * factor 1 − w + 2·w·level (level 0.5, the middle, gives 1; w = 0 turns it off). Berger and
   * Milkman (2012, "What Makes Online Content Viral?", J. Marketing Research) find high-arousal
   * emotion raises sharing markedly; w = 0.5 (a calm sender passes on at half, an intense one at
   * 1.5 times the middle chance) is our stated, moderate choice.
   */
  levelWeight: 0.5,
  /**
   * How the sender's size (weight: spend and reach) scales their chance: (size / mean size)^e.
   * Square-root damping (e = 0.5) because audience grows faster than per-contact persuasion
   * (influence returns to audience size are sublinear: Katz and Lazarsfeld 1955 on opinion
   * leaders; Bakshy et al. 2011, "Everyone's an influencer", WSDM); stated reasoning.
   */
  sizeExponent: 0.5,
  /** What to do with an origin the graph does not know: throw an UnknownCustomerError. */
  unknownOrigins: 'throw',
} as const;

/** Shape of {@link SPREAD_DEFAULTS}. */
export type SpreadDefaults = typeof SPREAD_DEFAULTS;
