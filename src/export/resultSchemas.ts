import type { z } from 'zod';
import { EnergyReadingSchema } from '../energy/schema';
import { SegmentSummarySchema, TrendPointSchema } from '../energy/segmentSchema';
import { ScoreStatsSchema } from '../energy/statsSchema';
import { DataIssueSchema } from '../issues';
import { SpreadResultSchema } from '../spread/schema';
import { CompareScenariosResultSchema } from '../strategy/scenarioSchema';
import { PickSeedsResultSchema } from '../strategy/schema';
import { PickWinBacksResultSchema } from '../strategy/winBacksSchema';
import { TextReadingSchema } from '../text/schema';
import { CsvRowResultSchema, CsvSummarySchema } from './csvResultSchemas';

/**
 * Every result type the library returns, by name: the zod schemas that are the single source of
 * the result types, from which {@link resultJsonSchema} derives JSON Schema.
 */
export const RESULT_SCHEMAS = {
  TextReading: TextReadingSchema,
  EnergyReading: EnergyReadingSchema,
  ScoreStats: ScoreStatsSchema,
  SegmentSummary: SegmentSummarySchema,
  TrendPoint: TrendPointSchema,
  SpreadResult: SpreadResultSchema,
  PickSeedsResult: PickSeedsResultSchema,
  PickWinBacksResult: PickWinBacksResultSchema,
  CompareScenariosResult: CompareScenariosResultSchema,
  DataIssue: DataIssueSchema,
  CsvRowResult: CsvRowResultSchema,
  CsvSummary: CsvSummarySchema,
} as const satisfies Record<string, z.ZodType>;

/** The name of a result type. */
export type ResultName = keyof typeof RESULT_SCHEMAS;
