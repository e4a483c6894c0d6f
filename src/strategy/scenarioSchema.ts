import { z } from 'zod';
import { CustomerIdSchema, type CustomerId } from '../ids';
import { DataIssueSchema } from '../issues';
import { TIE_KINDS } from '../graph/schema';
import { SimulateSpreadOptionsSchema } from '../spread/schema';
import { IntervalEstimateSchema, SpreadKnobsSchema } from './schema';

/** One named what-if: any combination of changes to the baseline. */
export const ScenarioSchema = z.object({
  name: z.string().min(1),
  /** Customers recovered: their negative origin stops ('neutral', default) or turns positive. */
  recover: z.custom<Iterable<CustomerId>>((v) => v != null && typeof v === 'object' && Symbol.iterator in (v as object)).optional(),
  recoverAs: z.enum(['neutral', 'positive']).optional(),
  /** Sharing incentives added to the baseline's: multiply these customers' positive chance. */
  incentives: z.array(z.object({ customerId: CustomerIdSchema, boost: z.number().min(0) })).optional(),
  /**
   * Faster response: negative origins keep this share of their charge (energy and level scaled;
   * an absent level counts as the middle, 0.5). 0.5 = "complaints lose half their charge".
   */
  chargeScale: z.number().min(0).max(1).optional(),
  /** Tie kinds removed (their arcs pass nothing on). */
  removeTieKinds: z.array(z.enum(TIE_KINDS)).optional(),
}).strict(); // a misspelt change ('recovr') would otherwise be a scenario that changes nothing

/** One named what-if. */
export type Scenario = z.input<typeof ScenarioSchema>;

/** Options of `compareScenarios`: the simulation's (see `simulateSpread`). */
export const CompareScenariosOptionsSchema = SpreadKnobsSchema.extend(
  SimulateSpreadOptionsSchema.pick({ seed: true, runs: true, model: true, maxRounds: true }).shape,
).strict(); // a misspelt option is misuse, never silently its default

/** Options of `compareScenarios`. */
export type CompareScenariosOptions = z.input<typeof CompareScenariosOptionsSchema>;

const ReachSchema = z.object({ positive: IntervalEstimateSchema, negative: IntervalEstimateSchema, netEnergy: IntervalEstimateSchema });

/** Result of `compareScenarios`. */
export const CompareScenariosResultSchema = z.object({
  runs: z.number().int(),
  baseline: ReachSchema,
  scenarios: z.array(
    ReachSchema.extend({
      name: z.string(),
      /** Scenario − baseline, run by run (paired: common random numbers), with a 95% interval. */
      difference: ReachSchema,
    }),
  ),
  /** Origins set aside by the simulation, and recoveries that named no negative origin. */
  issues: z.array(DataIssueSchema),
});

/** Result of `compareScenarios`. */
export type CompareScenariosResult = z.infer<typeof CompareScenariosResultSchema>;
