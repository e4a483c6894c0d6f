/**
 * ISO 8601 date, or date-time with a zone (`Z`, `+01:00`, `+0100`): `T` or a space between date and
 * time (RFC 3339 allows the space), seconds and their fraction optional.
 */
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2}))?$/;
/** Date-time without a zone: refused (its meaning would depend on the machine's zone). */
const LOCAL = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * Whether s has the shape of a time `parseTime` reads (an ISO date, or date-time with a zone),
 * whatever its numbers: parseTime is NaN for such a string only when the day or hour does not exist.
 *
 * @example
 * isIsoShaped('2026-02-30T10:00:00Z'); // true (parseTime: NaN, no such day)
 */
export const isIsoShaped = (s: string): boolean => ISO.test(s);

/**
 * The largest epoch milliseconds a `Date` can hold (ECMA-262 §21.4.1.1: ±10⁸ days around 1970):
 * a number beyond it is not a time (`new Date(1e308)` is an Invalid Date, and writing it throws).
 */
export const MAX_TIME = 8.64e15;

/** The two-digit number at s[i..i+1]. */
const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;

/**
 * Whether the yyyy-mm-dd at the start of s is a day of the calendar (proleptic Gregorian) and a
 * time, if any, is before 24:00: Date.parse rolls 2026-02-30 over to March 2 and reads T24:00 as
 * the next midnight, both of which the zod schema refuses.
 */
function realDayAndHour(s: string): boolean {
  const y = two(s, 0) * 100 + two(s, 2);
  const m = two(s, 5);
  const d = two(s, 8);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return m >= 1 && m <= 12 && d >= 1 && d <= days && (s.length === 10 || two(s, 11) < 24);
}

/**
 * Epoch milliseconds of a time as users give it (`TimeSchema`): an ISO string with a zone or an
 * ISO date (UTC midnight), epoch ms, or a `Date`. Returns `NaN` when unparseable and `-Infinity`
 * for a date-time without a zone, so callers can report which. O(length of the string).
 *
 * @example
 * parseTime('2026-03-01');              // 1772323200000
 * parseTime('2026-03-01T10:00:00');     // -Infinity (no zone)
 * parseTime('2026-02-30T10:00:00Z');    // NaN (no such day)
 * parseTime('yesterday');               // NaN
 * parseTime(1e308);                     // NaN (beyond what a Date holds)
 */
export function parseTime(value: unknown): number {
  if (typeof value === 'number') return value >= -MAX_TIME && value <= MAX_TIME ? value : Number.NaN;
  if (typeof value === 'string') {
    if (!ISO.test(value)) return LOCAL.test(value) ? Number.NEGATIVE_INFINITY : Number.NaN;
    if (!realDayAndHour(value)) return Number.NaN;
    const ms = Date.parse(value);
    return Number.isFinite(ms) ? ms : Number.NaN;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : Number.NaN;
  }
  return Number.NaN;
}
