import { z } from 'zod';
import { CustomerIdSchema } from '../ids';
import { RecordIdSchema } from '../behaviour/schema';
import { EmotionScoresSchema, TraitScoresSchema } from '../text/schema';

/** One event, or a group of contacts about one order, that moved a reading. */
export const ContributionSchema = z.object({
  kind: z.string(),
  /** When (ISO); for a group, the latest event of it. */
  at: z.string(),
  /** Events in it: 1, or n contacts about the same order. */
  count: z.number().int().min(1),
  /** Signed weight before recency decay (text included). */
  weight: z.number(),
  /** Signed weight after recency decay: what it added to the sum S. */
  decayedWeight: z.number(),
  /** What happened, for a person: "3 contacts about order 1182", "refund 19 days late". */
  label: z.string(),
  /** The start of the text, when it carried one. */
  excerpt: z.string().optional(),
  /** The text's own energy, when it carried one. */
  textEnergy: z.number().min(-1).max(1).optional(),
  eventId: RecordIdSchema.optional(),
  orderId: RecordIdSchema.optional(),
});

/** A contribution to a reading. */
export type Contribution = z.infer<typeof ContributionSchema>;

/** One customer's energy reading: how charged, which way, how big, why. */
export const EnergyReadingSchema = z.object({
  customerId: CustomerIdSchema,
  segment: z.string().optional(),
  /** Signed energy in [−1, 1]: S / √(S² + alpha). */
  energy: z.number().min(-1).max(1),
  /** How charged, |energy|. */
  level: z.number().min(0).max(1),
  /** How much this customer weighs; the population mean is 1. */
  size: z.number().min(0),
  polarity: z.enum(['positive', 'neutral', 'negative']),
  confidence: z.number().min(0).max(1),
  traits: TraitScoresSchema,
  emotions: EmotionScoresSchema,
  /** The decayed signed sum S the energy squashes. */
  signal: z.number(),
  /** The largest contributions, by |decayedWeight|. */
  contributions: z.array(ContributionSchema),
  /** The top contributions on the reading's side, in words. */
  summary: z.string(),
  /** Economic strength used for size (profile value, else spend, else net purchases). */
  economicStrength: z.number().min(0),
  /** Effective audience used for size: (1 + followers) × role reach − 1. */
  socialInfluence: z.number().min(0),
  counts: z.object({
    /** Events used. */
    events: z.number().int().min(0),
    /** Events that carried a non-empty text. */
    texts: z.number().int().min(0),
    /** Events with a positive / negative signed weight. */
    positive: z.number().int().min(0),
    negative: z.number().int().min(0),
    /** Events used, by kind: every built-in kind in name order (0 when none), then kinds of your own in name order. */
    byKind: z.record(z.string(), z.number().int().min(0)),
  }),
  /** First and last event used (ISO), when any. */
  firstAt: z.string().optional(),
  lastAt: z.string().optional(),
});

/** One customer's energy reading. */
export type EnergyReading = z.infer<typeof EnergyReadingSchema>;
