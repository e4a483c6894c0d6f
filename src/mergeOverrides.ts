import { InvalidOptionError } from './errors';

/** A defaults type with every key optional at every depth (lists stay whole). */
export type Overrides<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Overrides<T[K]> : T[K];
};

/**
 * An object literal's kind of object (not an array, a Date, a Map or a class instance).
 *
 * @example
 * isPlainObject({ a: 1 }); // true; isPlainObject([1]) and isPlainObject(null): false
 */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * A defaults object with a caller's partial overrides merged in, key by key at every depth, so
 * `{ size: { economicShare: 0.8 } }` keeps the default `size.roleReach` and `{ response: {
 * neutralMinutes: 30 } }` keeps the other response parameters. Misuse throws InvalidOptionError
 * (`E_OPTION_INVALID`) with the path: a key the defaults do not have (a misspelt option would
 * otherwise be ignored), a number that is not finite, a list of the wrong length, or an object
 * where a number is expected. The defaults are never mutated. O(size of the defaults).
 *
 * @example
 * mergeOverrides({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 4 } }, ['options']); // { a: 1, b: { c: 2, d: 4 } }
 * mergeOverrides({ a: 1 }, { aa: 2 }, ['options']); // throws: options.aa is not an option (known: a)
 */
export function mergeOverrides<T extends object>(defaults: T, override: unknown, path: readonly string[]): T {
  if (override === undefined) return defaults;
  const where = path.join('.');
  if (!isPlainObject(override)) throw new InvalidOptionError(`${where} must be an object`, [...path]);
  const base = defaults as Record<string, unknown>;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const at = [...path, key];
    if (!Object.prototype.hasOwnProperty.call(base, key)) {
      throw new InvalidOptionError(`${where}.${key} is not an option (known: ${Object.keys(base).join(', ')})`, at);
    }
    if (value === undefined) continue;
    const d = base[key];
    if (typeof d === 'number') {
      if (!(typeof value === 'number' && Number.isFinite(value))) throw new InvalidOptionError(`${at.join('.')} must be a finite number`, at);
      out[key] = value;
    } else if (Array.isArray(d)) {
      if (!Array.isArray(value) || value.length !== d.length || !value.every((x) => typeof x === 'number' && Number.isFinite(x))) {
        throw new InvalidOptionError(`${at.join('.')} must list ${d.length} finite numbers`, at);
      }
      out[key] = [...value];
    } else if (isPlainObject(d)) {
      out[key] = mergeOverrides(d, value, at);
    } else {
      out[key] = value;
    }
  }
  return out as T;
}
