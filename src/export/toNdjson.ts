import type { z } from 'zod';

/** Options of {@link toNdjson}. */
export interface ToNdjsonOptions<S extends z.ZodType> {
  /** Validate every record against this result schema before writing it (throws a ZodError). */
  schema?: S;
}

/**
 * Newline-delimited JSON: one line per record (each ending in `\n`), lazily, so a caller can
 * write millions of results without holding them. With `schema`, every record is checked against
 * the result schema first (the same schemas that {@link resultJsonSchema} describes), so what
 * downstream systems read always matches the published JSON Schema.
 *
 * O(records × record size).
 *
 * @example
 * for (const line of toNdjson(readings, { schema: TextReadingSchema })) out.write(line);
 */
export function* toNdjson<S extends z.ZodType>(
  records: Iterable<unknown>,
  options: ToNdjsonOptions<S> = {},
): Generator<string> {
  const { schema } = options;
  for (const r of records) {
    const value = schema ? schema.parse(r) : r;
    yield `${JSON.stringify(value)}\n`;
  }
}
