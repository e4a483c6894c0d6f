import { InvalidInputError, InvalidOptionError } from './errors';

/**
 * Throw InvalidInputError unless `value` is a finite number (the argument of a formula helper:
 * a Symbol or a string would otherwise throw a TypeError or give NaN). O(1).
 *
 * @example
 * finiteArgument(12, 'minutes'); // ok; finiteArgument('12', 'minutes') throws
 */
export function finiteArgument(value: unknown, name: string): void {
  if (!(typeof value === 'number' && Number.isFinite(value))) throw new InvalidInputError(`${name} must be a finite number`, [name]);
}

/**
 * Throw InvalidOptionError unless `value` is an object whose `fields` are finite numbers (the
 * parameters of a formula helper, such as a response curve). O(fields).
 *
 * @example
 * numberFields({ fastGain: 0.6, neutralMinutes: 60, slowFloor: -1 }, 'curve', ['fastGain']); // ok
 */
export function numberFields(value: unknown, name: string, fields: readonly string[]): void {
  if (typeof value !== 'object' || value === null) throw new InvalidOptionError(`${name} must be an object`, [name]);
  for (const f of fields) {
    const v = (value as Record<string, unknown>)[f];
    if (!(typeof v === 'number' && Number.isFinite(v))) throw new InvalidOptionError(`${name}.${f} must be a finite number`, [name, f]);
  }
}
