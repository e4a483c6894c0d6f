/** ISO 8601 date, or date-time with a zone (`Z`, `+01:00`, `+0100`). */
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2}))?$/;
/** Date-time without a zone: refused (its meaning would depend on the machine's zone). */
const LOCAL = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * Epoch milliseconds of a time as users give it (`TimeSchema`): an ISO string with a zone or an
 * ISO date (UTC midnight), epoch ms, or a `Date`. Returns `NaN` when unparseable and `-Infinity`
 * for a date-time without a zone, so callers can report which. O(length of the string).
 *
 * @example
 * parseTime('2026-03-01');              // 1772323200000
 * parseTime('2026-03-01T10:00:00');     // -Infinity (no zone)
 * parseTime('yesterday');               // NaN
 */
export function parseTime(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value === 'string') {
    if (!ISO.test(value)) return LOCAL.test(value) ? Number.NEGATIVE_INFINITY : Number.NaN;
    const ms = Date.parse(value);
    if (!Number.isFinite(ms)) return Number.NaN;
    // Date.parse rolls 2026-02-30 over to March 2: a date-only string must round-trip.
    if (value.length === 10 && new Date(ms).toISOString().slice(0, 10) !== value) return Number.NaN;
    return ms;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : Number.NaN;
  }
  return Number.NaN;
}
