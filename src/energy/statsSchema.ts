import { z } from 'zod';

const count = z.number().int().min(0);

/**
 * Counts of a `scoreCustomers` run, which always reconcile: events read = used + rejected +
 * ignored (ignored: after `now`, with `futureEvents: 'ignore'`; else 0), profiles read = used +
 * rejected.
 */
export const ScoreStatsSchema = z.object({
  events: z.object({ read: count, used: count, rejected: count, ignored: count }),
  profiles: z.object({ read: count, used: count, rejected: count }),
  /** Readings returned: customers with a used event or profile. */
  customers: count,
});

/** Counts of a scoring run. */
export type ScoreStats = z.infer<typeof ScoreStatsSchema>;
