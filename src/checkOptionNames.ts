import { InvalidOptionError } from './errors';

/**
 * Throw on an option name the function does not know: a misspelt or misplaced option
 * (`halfLifeDays` instead of `energy.halfLifeDays`) would otherwise be ignored and the call run on
 * the default. `elsewhere` maps names known one level down to where they belong, for the message.
 * O(keys).
 *
 * @example
 * checkOptionNames({ now: 0, halfLifeDays: 30 }, ['now', 'energy'], { halfLifeDays: 'energy.halfLifeDays' });
 * // throws InvalidOptionError: halfLifeDays is not an option here: did you mean energy.halfLifeDays? (known: now, energy)
 */
export function checkOptionNames(
  options: object,
  known: readonly string[],
  elsewhere: Readonly<Record<string, string>> = {},
  path: readonly string[] = ['options'],
): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const hint = Object.hasOwn(elsewhere, key) ? ` here: did you mean ${elsewhere[key]}?` : '';
    throw new InvalidOptionError(`${key} is not an option${hint} (known: ${known.join(', ')})`, [...path, key]);
  }
}
