import { z } from 'zod';

/**
 * One CSV row after column mapping and validation (what `scoreCsv` scores). `scoreCsv` checks rows
 * by hand on its hot path; this schema describes exactly the shape it accepts.
 */
export const CsvInteractionSchema = z.object({
  customerId: z.string().min(1),
  text: z.string().optional(),
  /** Epoch milliseconds (parsed from ISO 8601 or epoch seconds / milliseconds; no zone = UTC). */
  at: z.number().int().optional(),
  /** Star rating within `ratingRange` (default 1-5). */
  rating: z.number().optional(),
  kind: z.string().min(1).optional(),
  amount: z.number().finite().optional(),
  score: z.number().finite().optional(),
  /** Minutes taken to answer the customer (`response` events). */
  minutes: z.number().finite().optional(),
  /** The order the row is about. */
  order: z.string().min(1).optional(),
  /** Promised and actual delivery (epoch ms), for `delivery` and late `refund` events. */
  promisedAt: z.number().int().optional(),
  deliveredAt: z.number().int().optional(),
});

/** A validated CSV interaction row. */
export type CsvInteraction = z.infer<typeof CsvInteractionSchema>;
