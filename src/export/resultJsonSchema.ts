import { z } from 'zod';
import { InvalidOptionError } from '../errors';
import { RESULT_SCHEMAS, type ResultName } from './resultSchemas';

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12, from the zod result schemas with `z.toJSONSchema`) of one result
 * type, or of every result type by name when called without a name, for downstream systems
 * (warehouses, queues, API contracts) that consume our JSON and NDJSON output.
 *
 * @example
 * const all = resultJsonSchema(); // { TextReading: {...}, DataIssue: {...}, ... }
 * const one = resultJsonSchema('TextReading'); // { $schema: ..., type: 'object', properties: ... }
 */
export function resultJsonSchema(): Record<ResultName, JsonSchema>;
export function resultJsonSchema(name: ResultName): JsonSchema;
export function resultJsonSchema(name?: ResultName): JsonSchema | Record<ResultName, JsonSchema> {
  const toJson = (schema: z.ZodType): JsonSchema =>
    z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  if (name === undefined) {
    const out = {} as Record<ResultName, JsonSchema>;
    for (const key of Object.keys(RESULT_SCHEMAS) as ResultName[]) out[key] = toJson(RESULT_SCHEMAS[key]);
    return out;
  }
  if (!Object.hasOwn(RESULT_SCHEMAS, name)) {
    throw new InvalidOptionError(
      `unknown result type '${String(name)}'; known: ${Object.keys(RESULT_SCHEMAS).join(', ')}`,
      ['name'],
    );
  }
  return toJson(RESULT_SCHEMAS[name]);
}
