import type { z } from 'zod';
import { InvalidOptionError, MissingOptionError } from '../errors';

/**
 * Check options against their zod schema and turn the first problem into a named error with the
 * option's path: an absent required option is a MissingOptionError, anything else an
 * InvalidOptionError. Internal.
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, required: readonly string[]): z.output<S> {
  if (options === null || typeof options !== 'object') {
    throw new MissingOptionError(`options with ${required.join(', ')} are required`, ['options']);
  }
  for (const key of required) {
    if ((options as Record<string, unknown>)[key] === undefined) {
      throw new MissingOptionError(`options.${key} is required`, ['options', key]);
    }
  }
  const r = schema.safeParse(options);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    // An unknown key is named in the path, as a bad value is.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const path = ['options', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), ...keys];
    throw new InvalidOptionError(`${path.slice(1).join('.') || 'options'}: ${issue.message}`, path);
  }
  return r.data;
}
