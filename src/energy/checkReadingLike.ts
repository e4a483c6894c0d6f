import { InvalidInputError } from '../errors';

const POLARITIES: ReadonlySet<unknown> = new Set(['positive', 'neutral', 'negative']);
const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/**
 * Throw InvalidInputError, with the reading's place and field, unless `r` has what a consumer of
 * readings reads: a customer id, a finite `energy`, and a finite `size` and a known `polarity`
 * (required when `full`, else checked when present, with `level`); a `segment`, if any, a
 * string. For readings loaded from a file or built by hand, before they are summarised or
 * written. O(1).
 *
 * @example
 * checkReadingLike({ customerId: 'a', energy: 0.2, size: 1, polarity: 'positive' }, ['readings', 0], true); // ok
 * checkReadingLike({ customerId: 'a', energy: Number.NaN }, ['readings', 3], false); // throws: readings[3].energy must be a finite number
 */
export function checkReadingLike(r: unknown, at: readonly (string | number)[], full: boolean): void {
  const name = `${at[at.length - 2]}[${at[at.length - 1]}]`;
  const bad = (field: string, what: string): never => {
    throw new InvalidInputError(`${name}${field ? `.${field}` : ''} ${what}`, [...at, ...(field ? [field] : [])]);
  };
  if (r === null || typeof r !== 'object') bad('', 'is not a reading object');
  const x = r as Record<string, unknown>;
  const id = x.customerId;
  if (!((typeof id === 'string' && id.length > 0) || finite(id))) bad('customerId', 'must be a non-empty string or a finite number');
  if (!finite(x.energy)) bad('energy', 'must be a finite number');
  if (full || x.size !== undefined) if (!finite(x.size)) bad('size', 'must be a finite number');
  if (x.level !== undefined && !finite(x.level)) bad('level', 'must be a finite number when given');
  if (full || x.polarity !== undefined) if (!POLARITIES.has(x.polarity)) bad('polarity', "must be 'positive', 'neutral' or 'negative'");
  if (x.segment !== undefined && typeof x.segment !== 'string') bad('segment', 'must be a string when given');
}
