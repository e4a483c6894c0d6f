/**
 * Every default of the strategy algorithms, each with its source.
 */

/** Defaults of {@link pickSeeds} (IMM, Tang, Shi and Xiao, SIGMOD 2015). */
export const PICK_SEEDS_DEFAULTS = {
  /**
   * Approximation slack: the picks reach at least (1 − 1/e − ε) of the best possible with high
   * probability. 0.1 is the value of the IMM paper's experiments (Tang et al. 2015, section 6)
   * and of the reference C++ figures in data/graphs/README.md.
   */
  epsilon: 0.1,
  /** Failure exponent: the guarantee holds with probability 1 − n^−ℓ. ℓ = 1 as in the paper. */
  ell: 1,
  /**
   * Model of the published comparisons: the classic independent cascade (Kempe, Kleinberg and
   * Tardos 2003), the model IMM is stated for.
   */
  model: 'classic-cascade',
  /**
   * Fewest reverse-reachable sets that estimate the spread of the picks (independently of the
   * sets that chose them). 10,000 Bernoulli samples give a standard error ≤ 0.5 / √10,000 = 0.5%
   * of the population: the precision of the 10,000-run simulations the estimate is checked
   * against.
   */
  minEstimateSamples: 10_000,
  /**
   * Cap on the number of sets (a guard against a graph whose lower bound is tiny, e.g. no ties
   * at all: θ grows as n / OPT). 2^26 ≈ 67 M sets of mean size s take about 4·(s + 2)·67 M
   * bytes; above it the result says `guarantee.met: false` instead of running out of memory.
   */
  maxSamples: 2 ** 26,
  /**
   * Draw the final θ sets afresh rather than extending the lower-bound search's sets: Chen (2018,
   * "An Issue in the Martingale Analysis of the Influence Maximization Algorithm IMM", CSoNet)
   * shows the reuse in the 2015 paper breaks its martingale argument; fresh sets restore the
   * guarantee, and the search sets, independent of the picks, then estimate their spread without
   * selection bias. Costs about 1.5-2x the sets (measured: still 0.3-0.6x the time of 10,000
   * simulations on the benchmark graphs).
   */
  finalSample: 'fresh',
} as const;

/** Defaults of {@link pickWinBacks}. */
export const PICK_WIN_BACKS_DEFAULTS = {
  /**
   * Reverse-reachable sets used to estimate every customer's avoided negative reach (all
   * candidates share them: common random numbers). 100,000 gives a standard error of at most
   * 0.5 / √100,000 ≈ 0.16% of the population weight for every estimate.
   */
  samples: 100_000,
  /** How many to return in each list: a call list a service team works through in a day. */
  k: 10,
  /** The signed model of the theory (issue 4); 'classic-cascade' and 'threshold' also work. */
  model: 'cascade',
} as const;

/** Defaults of {@link compareScenarios}. */
export const COMPARE_SCENARIOS_DEFAULTS = {
  /** Simulation runs per scenario: 1,000 runs put the paired standard error near 1/30 of the run-to-run spread. */
  runs: 1_000,
  /**
   * Charge kept by negative origins under a faster response: "complaints lose half their
   * charge" (issue 5 wording); TARP's studies report that complainants whose issue is resolved
   * quickly are far less negative, so 0.5 is a moderate choice, a parameter.
   */
  chargeScale: 0.5,
} as const;
