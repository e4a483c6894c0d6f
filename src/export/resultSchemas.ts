import type { z } from 'zod';
import { DataIssueSchema } from '../issues';
import { TextReadingSchema } from '../text/schema';
import { CsvRowResultSchema, CsvSummarySchema } from './csvResultSchemas';

/**
 * Every result type the library returns, by name: the zod schemas that are the single source of
 * the result types, from which {@link resultJsonSchema} derives JSON Schema.
 */
export const RESULT_SCHEMAS = {
  TextReading: TextReadingSchema,
  DataIssue: DataIssueSchema,
  CsvRowResult: CsvRowResultSchema,
  CsvSummary: CsvSummarySchema,
} as const satisfies Record<string, z.ZodType>;

/** The name of a result type. */
export type ResultName = keyof typeof RESULT_SCHEMAS;
