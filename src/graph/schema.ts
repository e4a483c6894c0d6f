import { z } from 'zod';
import { CustomerIdSchema } from '../ids';

/** The ties of the theory: blood (kin), place (neighbour), work, shared event, plus online followers. */
export const TIE_KINDS = ['kin', 'neighbour', 'work', 'event', 'online'] as const;

/** One of the tie kinds. */
export type TieKind = (typeof TIE_KINDS)[number];

/** A relationship row as users have it (from a CRM, a social graph export, a referral log). */
export const RelationshipEdgeSchema = z.object({
  source: CustomerIdSchema,
  target: CustomerIdSchema,
  kind: z.enum(TIE_KINDS).optional(),
  /** 'strong' | 'weak', or a number in [0, 1] (0 = weakest, 1 = strongest). */
  strength: z.union([z.enum(['strong', 'weak']), z.number().min(0).max(1)]).optional(),
  /** Does influence flow only source → target? Default: both ways (see `buildGraph` options). */
  directed: z.boolean().optional(),
  /** An explicit chance in [0, 1] that the source passes a message on to the target. */
  probability: z.number().min(0).max(1).optional(),
  /** Trust (> 0) or distrust (< 0) in [-1, 1]; through distrust a message arrives reversed. */
  trust: z.number().min(-1).max(1).optional(),
});

/** A relationship row: who, to whom, what tie, how strong, how likely to pass a message on. */
export type RelationshipEdge = z.input<typeof RelationshipEdgeSchema>;
