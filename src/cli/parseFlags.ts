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

/** One of the allowed words, or a UsageError naming the flag and the choices. */
export function choiceFlag<T extends string>(value: string | undefined, name: string, choices: readonly T[], fallback: T): T;
export function choiceFlag<T extends string>(value: string | undefined, name: string, choices: readonly T[]): T | undefined;
export function choiceFlag<T extends string>(value: string | undefined, name: string, choices: readonly T[], fallback?: T): T | undefined {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got '${value}'`);
  return value as T;
}

/**
 * Say on stderr how many reading and edge rows were set aside (unless quiet), and give the exit
 * code: 1 when any row was rejected, else 0.
 */
export function rejectedExit(quiet: boolean | undefined, readingRows: number, edgeRows: number, extra = ''): number {
  const rejected = readingRows + edgeRows;
  if (!quiet && (rejected > 0 || extra !== '')) {
    process.stderr.write(`note: ${readingRows} reading rows and ${edgeRows} edge rows rejected${extra}\n`);
  }
  return rejected > 0 ? 1 : 0;
}
