import { z } from 'zod';
import { CustomerIdSchema, type CustomerId } from '../ids';
import { SPREAD_MODELS } from '../spread/schema';

const fn = <T>(what: string) => z.custom<T>((v) => typeof v === 'function', { message: `${what} must be a function` });

/** A mean with its 95% interval. */
export const IntervalEstimateSchema = z.object({ mean: z.number(), low95: z.number(), high95: z.number() });

/** A mean with its 95% interval. */
export type IntervalEstimate = z.infer<typeof IntervalEstimateSchema>;

/** Spread knobs passed on to the spread engine (see `simulateSpread`); ignored by 'classic-cascade'. */
export const SpreadKnobsSchema = z.object({
  negativityBias: z.number().min(0).optional(),
  levelWeight: z.number().min(0).max(1).optional(),
  sizeExponent: z.number().min(0).optional(),
  population: z
    .custom<Iterable<{ customerId: CustomerId; level?: number; size?: number }>>((v) => v != null && typeof v === 'object')
    .optional(),
  incentives: z.custom<Iterable<{ customerId: CustomerId; boost: number }>>((v) => v != null && typeof v === 'object').optional(),
});

/** Options of `pickSeeds`. Give `k` or `budget` (with `cost`), not both. Defaults: `PICK_SEEDS_DEFAULTS`. */
export const PickSeedsOptionsSchema = SpreadKnobsSchema.extend({
  /** Seed of the random streams. Required. */
  seed: z.union([z.number().finite(), z.string()]),
  /** Number of customers to pick. */
  k: z.number().int().min(1).optional(),
  /** Spend limit, with `cost` per candidate (default 1 each). */
  budget: z.number().positive().finite().optional(),
  cost: fn<(customerId: CustomerId, index: number) => number>('cost').optional(),
  /** Who may be picked: ids (array or Set) or a predicate `(customerId, index) => boolean`. */
  candidates: z
    .union([
      fn<(customerId: CustomerId, index: number) => boolean>('candidates'),
      z.custom<Iterable<CustomerId>>((v) => v != null && typeof v === 'object' && Symbol.iterator in (v as object)),
    ])
    .optional(),
  /** Weight of reaching each customer (their size: spend, reach); default 1 each. */
  size: fn<(customerId: CustomerId, index: number) => number>('size').optional(),
  /** Slack ε in (0, 1) of the (1 − 1/e − ε) guarantee. */
  epsilon: z.number().gt(0).lt(1).optional(),
  /** The guarantee holds with probability 1 − n^−ℓ; ℓ > 0. */
  ell: z.number().positive().finite().optional(),
  model: z.enum(SPREAD_MODELS).optional(),
  /** 'fresh' (default, Chen 2018) or 'extend' (the 2015 paper) final sample. */
  finalSample: z.enum(['fresh', 'extend']).optional(),
  maxSamples: z.number().int().min(1).optional(),
  minEstimateSamples: z.number().int().min(1).optional(),
}).strict(); // a misspelt option is misuse, never silently its default

/** Options of `pickSeeds`. */
export type PickSeedsOptions = z.input<typeof PickSeedsOptionsSchema>;

/** Why a selection came back empty (or 'picked'). */
export const PICK_STATUSES = ['picked', 'no-candidates', 'budget-below-every-cost'] as const;

/** Result of `pickSeeds`. */
export const PickSeedsResultSchema = z.object({
  status: z.enum(PICK_STATUSES),
  /** Human-readable explanation (why empty, or what was done). */
  explanation: z.string(),
  /** Picks in greedy order; `marginalGain`: expected (weighted) reach each adds to those before. */
  seeds: z.array(z.object({ customerId: CustomerIdSchema, marginalGain: z.number() })),
  /** Expected (weighted) reach of the picks, origins included, on sets independent of the picks. */
  estimate: IntervalEstimateSchema,
  /** Reverse-reachable sets drawn in all. */
  samples: z.number().int(),
  /** Sets the picks were chosen on (θ), IMM's lower bound of the optimum, and the guarantee. */
  theta: z.number().int(),
  lowerBound: z.number(),
  guarantee: z.object({
    /** 1 − 1/e − ε for `k`; (1 − 1/e)/2 − ε for a budget (best of two greedy rules). */
    ratio: z.number(),
    /** 1 − n^−ℓ. */
    probability: z.number(),
    /** False when the sample was capped at `maxSamples`. */
    met: z.boolean(),
  }),
  /** Greedy rule used: 'gain', or 'gain-per-cost' when a budget made the ratio rule win. */
  rule: z.enum(['gain', 'gain-per-cost']),
  /** Peak bytes of the sample stores and their index (for capacity planning). */
  memoryBytes: z.number(),
  /** Mean customers per reverse-reachable set of the final sample (memory ≈ 4 bytes × θ × this, per copy). */
  meanSetSize: z.number(),
});

/** Result of `pickSeeds`. */
export type PickSeedsResult = z.infer<typeof PickSeedsResultSchema>;
