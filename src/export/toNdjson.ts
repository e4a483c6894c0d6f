import { InvalidInputError, InvalidOptionError } from '../errors';
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
  if (records == null || typeof (records as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new InvalidInputError('records must be an iterable', ['records']);
  }
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options must be an object', ['options']);
  const { schema } = options;
  if (schema !== undefined && typeof (schema as { parse?: unknown })?.parse !== 'function') {
    throw new InvalidOptionError('schema must be a zod schema', ['options', 'schema']);
  }
  for (const r of records) {
    const value = schema ? schema.parse(r) : r;
    yield `${JSON.stringify(value)}\n`;
  }
}
