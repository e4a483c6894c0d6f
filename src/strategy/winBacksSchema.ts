import { z } from 'zod';
import { CustomerIdSchema, type CustomerId } from '../ids';
import { DataIssueSchema } from '../issues';
import { SPREAD_MODELS, SpreadOriginSchema } from '../spread/schema';
import { IntervalEstimateSchema, SpreadKnobsSchema } from './schema';

/**
 * A customer reading as `pickWinBacks` needs it (an `EnergyReading` is one): the same shape as a
 * spread origin. `energy` in [-1, 1] (below 0 is a negative customer), `level` in [0, 1] (how
 * strongly they feel: scales their chance to pass it on in 'cascade'), `size` ≥ 0 (their weight:
 * reaching them counts this much; default 1).
 */
export const WinBackReadingSchema = SpreadOriginSchema;

/** A customer reading as `pickWinBacks` needs it. */
export type WinBackReading = z.input<typeof WinBackReadingSchema>;

/** Options of `pickWinBacks`. Defaults: `PICK_WIN_BACKS_DEFAULTS`. */
export const PickWinBacksOptionsSchema = SpreadKnobsSchema.omit({ population: true }).extend({
  seed: z.union([z.number().finite(), z.string()]),
  /** How many of each list to return. */
  k: z.number().int().min(1).optional(),
  /** Reverse-reachable sets drawn (shared by every estimate). */
  samples: z.number().int().min(1).optional(),
  model: z.enum(SPREAD_MODELS).optional(),
  /** Who may be inoculated as a blocker: ids or a predicate (default: every non-negative customer). */
  blockerCandidates: z
    .union([
      z.custom<(customerId: CustomerId, index: number) => boolean>((v) => typeof v === 'function'),
      z.custom<Iterable<CustomerId>>((v) => v != null && typeof v === 'object' && Symbol.iterator in (v as object)),
    ])
    .optional(),
}).strict(); // a misspelt option is misuse, never silently its default

/** Options of `pickWinBacks`. */
export type PickWinBacksOptions = z.input<typeof PickWinBacksOptionsSchema>;

/** One ranked customer: the (size-weighted) negative reach that acting on them avoids. */
export const AvoidedReachSchema = z.object({ customerId: CustomerIdSchema, negativeReachAvoided: IntervalEstimateSchema });

/** Result of `pickWinBacks`. */
export const PickWinBacksResultSchema = z.object({
  /** Negative customers to recover, best first. */
  winBacks: z.array(AvoidedReachSchema),
  /** Customers to inoculate (blocking positions), best first; only those that avoid any. */
  blockers: z.array(AvoidedReachSchema),
  /** Expected (size-weighted) negative reach of all negative customers, without action. */
  negativeReach: IntervalEstimateSchema,
  /** Negative customers found in the graph. */
  negativeCustomers: z.number().int(),
  /** Reverse-reachable sets drawn. */
  samples: z.number().int(),
  /** Readings set aside (unknown customer, energy out of range), with their index. */
  issues: z.array(DataIssueSchema),
});

/** Result of `pickWinBacks`. */
export type PickWinBacksResult = z.infer<typeof PickWinBacksResultSchema>;
