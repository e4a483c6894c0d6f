import { InvalidInputError } from '../../errors';
const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Parse a timestamp cell to epoch milliseconds, or NaN. Accepted: ISO 8601 dates and date-times
 * (`2024-03-05`, `2024-03-05T14:30:00Z`, `2024-03-05 14:30:00+08:00`, `/` separators, fractions),
 * and epoch numbers (10 digits: seconds, 13 digits: milliseconds). A date-time without a zone is
 * read as UTC, never in the machine's zone, so results do not depend on where they run.
 * Calendar-checked (2024-02-30 is NaN). O(1).
 *
 * @example
 * parseTimestamp('2024-03-05 14:30'); // 1709649000000
 */
export function parseTimestamp(cell: string): number {
  if (typeof cell !== 'string') throw new InvalidInputError('cell must be a string (the text of a CSV cell)', ['cell']);
  const s = cell.trim();
  if (/^\d{10}$/.test(s)) return Number(s) * 1000;
  if (/^\d{13}$/.test(s)) return Number(s);
  const m = ISO.exec(s);
  if (m === null) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const se = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 60) return Number.NaN;
  const t = Date.UTC(y, mo - 1, d, h, mi, se, ms);
  if (new Date(t).getUTCDate() !== d) return Number.NaN; // 2024-02-30
  const z = m[8];
  if (z === undefined || z === 'Z' || z === 'z' || z === 'UTC') return t;
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  const off = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
  return t - sign * off * 60_000;
}
