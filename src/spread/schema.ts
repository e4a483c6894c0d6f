import { z } from 'zod';
import { CustomerIdSchema } from '../ids';
import { DataIssueSchema } from '../issues';

/** The spread models: signed cascade, signed linear threshold, and the classic cascade. */
export const SPREAD_MODELS = ['cascade', 'threshold', 'classic-cascade'] as const;

/** One of the spread models. */
export type SpreadModel = (typeof SPREAD_MODELS)[number];

/**
 * A customer whose energy starts to spread. An `EnergyReading` is one: `energy` in [-1, 1] gives
 * the polarity (and its magnitude the energy carried), `level` in [0, 1] and `size` ≥ 0 scale
 * the chance that they pass it on.
 */
export const SpreadOriginSchema = z.object({
  customerId: CustomerIdSchema,
  energy: z.number().min(-1).max(1),
  level: z.number().min(0).max(1).optional(),
  size: z.number().min(0).optional(),
});

/** A customer whose energy starts to spread. */
export type SpreadOrigin = z.input<typeof SpreadOriginSchema>;

/** A reading of a non-origin customer (their level and size when they pass a message on). */
export const SpreadPopulationSchema = z.object({
  customerId: CustomerIdSchema,
  level: z.number().min(0).max(1).optional(),
  size: z.number().min(0).optional(),
});

/** A per-customer sharing boost (gift, points, free trial): multiplies their positive chance. */
export const SpreadIncentiveSchema = z.object({
  customerId: CustomerIdSchema,
  boost: z.number().min(0),
});

/** Options of `simulateSpread`. Defaults: `SPREAD_DEFAULTS`. */
export const SimulateSpreadOptionsSchema = z.object({
  /** Seed of the random streams (run i uses `createRng(seed, i)`). Required. */
  seed: z.union([z.number().finite(), z.string()]),
  runs: z.number().int().min(1).optional(),
  model: z.enum(SPREAD_MODELS).optional(),
  /** Rounds after the origins' (round 0); `Infinity` for no limit. */
  maxRounds: z.union([z.number().int().min(0), z.literal(Number.POSITIVE_INFINITY)]).optional(),
  negativityBias: z.number().min(0).optional(),
  levelWeight: z.number().min(0).max(1).optional(),
  sizeExponent: z.number().min(0).optional(),
  population: z.array(SpreadPopulationSchema).optional(),
  incentives: z.array(SpreadIncentiveSchema).optional(),
  unknownOrigins: z.enum(['throw', 'reject']).optional(),
  /** Return one sampled cascade (run 0) as a tree of who told whom. */
  cascadeTree: z.boolean().optional(),
}).strict(); // a misspelt option is misuse, never silently its default

/** Options of `simulateSpread` (population and incentives may be any iterables). */
export type SimulateSpreadOptions = Omit<
  z.input<typeof SimulateSpreadOptionsSchema>,
  'population' | 'incentives'
> & {
  population?: Iterable<z.input<typeof SpreadPopulationSchema>>;
  incentives?: Iterable<z.input<typeof SpreadIncentiveSchema>>;
};

/** A Monte Carlo estimate: mean over runs, its standard error and a normal 95% interval. */
export const EstimateSchema = z.object({
  mean: z.number(),
  /** Sample standard deviation over runs / √runs (0 for a single run). */
  stdError: z.number(),
  low95: z.number(),
  high95: z.number(),
});

/** A Monte Carlo estimate with its standard error. */
export type Estimate = z.infer<typeof EstimateSchema>;

/** Result of `simulateSpread`. */
export const SpreadResultSchema = z.object({
  model: z.enum(SPREAD_MODELS),
  runs: z.number().int(),
  /** Expected number of customers ending positive / negative / either (origins included). */
  reach: z.object({ positive: EstimateSchema, negative: EstimateSchema, total: EstimateSchema }),
  /**
   * Expected size-weighted energy reaching the population: Σ size × |energy of the origin whose
   * message they kept| over customers ending positive (negative); `net` = positive − negative.
   * Size is 1 for customers without a reading.
   */
  energy: z.object({ positive: EstimateSchema, negative: EstimateSchema, net: EstimateSchema }),
  /** Expected cumulative reach at the end of each round (round 0: the origins). */
  byRound: z.array(z.object({ round: z.number().int(), positive: z.number(), negative: z.number() })),
  /** Probability that each customer ends positive / negative (customers never reached left out). */
  customers: z.array(z.object({ customerId: CustomerIdSchema, positive: z.number(), negative: z.number() })),
  /** One sampled cascade (run 0), when asked for: who told whom, in the order they heard. */
  cascade: z
    .array(
      z.object({
        customerId: CustomerIdSchema,
        toldBy: CustomerIdSchema.nullable(),
        round: z.number().int(),
        polarity: z.enum(['positive', 'negative']),
      }),
    )
    .optional(),
  /** Arcs examined over all runs (the work done; edge visits per second in benchmarks). */
  edgeVisits: z.number(),
  /** Origins or readings set aside (unknown customers with `unknownOrigins: 'reject'`, neutral origins...). */
  issues: z.array(DataIssueSchema),
});

/** Result of `simulateSpread`. */
export type SpreadResult = z.infer<typeof SpreadResultSchema>;
