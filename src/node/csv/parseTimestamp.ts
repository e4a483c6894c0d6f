import { InvalidInputError } from '../../errors';
const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at i as a number, or −1e6 when it is not one (so any sum it enters is negative). */
const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1e6;
};

/**
 * The forms exports write most, `2024-03-05` and `2024-03-05T14:30:00Z` (or a space for T), read
 * without the regular expression and the Date the general path makes: the same number
 * `parseTimestamp` gives, or undefined for anything else (then the general path decides). A test
 * checks both paths agree on 100 k seeded strings around these forms. O(1).
 */
function commonIso(s: string): number | undefined {
  const n = s.length;
  if (n !== 10 && n !== 20) return undefined;
  const y = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
  const mo = digitAt(s, 5) * 10 + digitAt(s, 6);
  const d = digitAt(s, 8) * 10 + digitAt(s, 9);
  const sep1 = s.charCodeAt(4);
  const sep2 = s.charCodeAt(7);
  // Years below 100 take Date.UTC's 19xx reading on the general path: left to it.
  if (!(y >= 100 && mo >= 1 && mo <= 12 && d >= 1) || (sep1 !== 45 && sep1 !== 47) || (sep2 !== 45 && sep2 !== 47)) return undefined;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS_IN_MONTH[mo - 1]! + (leap ? 1 : 0)) return Number.NaN; // 2024-02-30
  if (n === 10) return Date.UTC(y, mo - 1, d);
  const t = s.charCodeAt(10);
  if ((t !== 84 && t !== 32) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 90) return undefined;
  const h = digitAt(s, 11) * 10 + digitAt(s, 12);
  const mi = digitAt(s, 14) * 10 + digitAt(s, 15);
  const se = digitAt(s, 17) * 10 + digitAt(s, 18);
  // A leap second (60) may roll the date over: the general path settles it.
  if (!(h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && se >= 0 && se <= 59)) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, se);
}

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
  const fast = commonIso(cell);
  if (fast !== undefined) return fast;
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
