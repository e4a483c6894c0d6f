import { z } from 'zod';
import { CustomerIdSchema } from '../ids';

/** A customer in a segment's top list. */
export const SegmentCustomerSchema = z.object({
  customerId: CustomerIdSchema,
  energy: z.number(),
  size: z.number(),
  /** size × energy: how much this customer moves the segment's total. */
  impact: z.number(),
});

/** One segment's summary (`summariseSegments`). */
export const SegmentSummarySchema = z.object({
  segment: z.string(),
  count: z.number().int().min(1),
  meanEnergy: z.number(),
  /** Shares of customers by polarity, in [0, 1]; they add up to 1. */
  share: z.object({ positive: z.number(), neutral: z.number(), negative: z.number() }),
  /** 100 × (share positive − share negative), in points from −100 to 100 (the NPS convention). */
  netEnergyScore: z.number().min(-100).max(100),
  /** Σ size × energy: the segment's energy counted in average-sized customers. */
  sizeWeightedEnergy: z.number(),
  /** The largest positive customers by impact, largest first. */
  topPositive: z.array(SegmentCustomerSchema),
  /** The largest negative customers by impact, most negative first. */
  topNegative: z.array(SegmentCustomerSchema),
});

/** One segment's summary. */
export type SegmentSummary = z.infer<typeof SegmentSummarySchema>;

/** One point of a segment's energy over time (`energyTrend`). */
export const TrendPointSchema = z.object({
  /** End of the window (the `now` it was scored at), ISO. */
  at: z.string(),
  segment: z.string(),
  count: z.number().int().min(0),
  meanEnergy: z.number(),
  netEnergyScore: z.number(),
  sizeWeightedEnergy: z.number(),
});

/** One point of an energy trend. */
export type TrendPoint = z.infer<typeof TrendPointSchema>;
