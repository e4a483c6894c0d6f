import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './UsageError';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse a command's flags with `node:util` parseArgs (strict: an unknown flag or a missing value
 * is a {@link UsageError} with parseArgs' own one-line message).
 *
 * @example
 * const { values, positionals } = parseFlags(['in.csv', '--quiet'], { quiet: { type: 'boolean' } });
 */
export function parseFlags<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    throw new UsageError(`${msg.replace(/\. To specify a positional argument.*$/, '')}`);
  }
}

/** A positive integer flag, or a UsageError naming it. */
export function intFlag(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got '${value}'`);
  return n;
}

/** A number flag in (lo, hi), or a UsageError naming it. */
export function numberFlag(value: string | undefined, name: string, fallback: number, lo: number, hi: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(Number.isFinite(n) && n > lo && n < hi)) throw new UsageError(`--${name} must be a number in (${lo}, ${hi}), got '${value}'`);
  return n;
}

/** A seed flag: an integer, else the string itself (seeds may be strings). */
export function seedFlag(value: string | undefined, fallback: number): number | string {
  if (value === undefined) return fallback;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}
