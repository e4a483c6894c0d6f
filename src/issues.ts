import { z } from 'zod';

/**
 * A data issue: one record of a batch set aside (or kept with a warning), with the reason.
 * This is the second error channel: bad data never throws mid-batch; it is reported here and
 * every good record is still used, so that `read = used + rejected` always reconciles.
 */
export const DataIssueSchema = z.object({
  /** `rejected`: the record was not used. `warning`: it was used, but something was off. */
  severity: z.enum(['rejected', 'warning']),
  /** Stable machine-readable reason code, e.g. `self-loop`, `nps-out-of-range`. */
  code: z.string(),
  /** Human-readable reason. */
  reason: z.string(),
  /** Position of the record in its input (0-based index, or 1-based line for files). */
  index: z.number().int().optional(),
  /** 1-based line number in a file, when the record came from one. */
  line: z.number().int().optional(),
  /** Path of the offending field inside the record. */
  path: z.array(z.union([z.string(), z.number()])).optional(),
  /** The offending record, as given. */
  record: z.unknown().optional(),
});

/** A data issue: a record set aside or used with a warning, with its position and reason. */
export type DataIssue = z.infer<typeof DataIssueSchema>;
