import { z } from 'zod';
import { DataIssueSchema } from '../issues';
import { TextReadingSchema } from '../text/schema';

/**
 * One scored row of a CSV file as written in JSON or NDJSON row output: its 1-based line, every
 * input column as a `[header, cell]` pair in file order, and the text reading. Pairs, not an
 * object: a header named `__proto__` or `constructor` must never become an object key, neither
 * here nor in whatever parses the file (schema validators rebuild records by assignment, which
 * drops or misreads `__proto__`).
 */
export const CsvRowResultSchema = z.object({
  line: z.number().int().min(1),
  row: z.array(z.tuple([z.string(), z.string()])),
  reading: TextReadingSchema,
});

/** A scored CSV row (JSON / NDJSON row output). */
export type CsvRowResult = z.infer<typeof CsvRowResultSchema>;

/** The roles a CSV column can play. */
export const CSV_ROLES = ['id', 'text', 'at', 'rating', 'kind', 'amount', 'score', 'minutes', 'order', 'promisedAt', 'deliveredAt'] as const;

/** A column role. */
export type CsvRole = (typeof CSV_ROLES)[number];

/** The summary of a batch run; the counts always reconcile: `rowsRead = rowsScored + rowsRejected`. */
export const CsvSummarySchema = z.object({
  rowsRead: z.number().int().min(0),
  rowsScored: z.number().int().min(0),
  rowsRejected: z.number().int().min(0),
  /** Number of customers written (per-customer output), else null. */
  customers: z.number().int().min(0).nullable(),
  delimiter: z.string(),
  encoding: z.string(),
  /** The header name used for each role (mapped or detected). */
  columns: z.partialRecord(z.enum(CSV_ROLES), z.string()),
  /** The first `maxIssues` issues (every rejected row is in the rejects output). */
  issues: z.array(DataIssueSchema),
  issuesTruncated: z.boolean(),
  /** With a profiles file (per customer): its data rows read = used + rejected. */
  profiles: z.object({ read: z.number().int().min(0), used: z.number().int().min(0), rejected: z.number().int().min(0) }).optional(),
});

/** The summary of a batch run. */
export type CsvSummary = z.infer<typeof CsvSummarySchema>;
