import { describe, expect, it } from 'vitest';
import { parseTime } from '../../src/behaviour/parseTime';

describe('parseTime', () => {
  it('reads ISO dates (UTC), ISO times with a zone, epoch ms and Dates', () => {
    expect(parseTime('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
    expect(parseTime('2026-03-01T10:00:00Z')).toBe(Date.UTC(2026, 2, 1, 10));
    expect(parseTime('2026-03-01T10:00:00+01:00')).toBe(Date.UTC(2026, 2, 1, 9));
    expect(parseTime('2026-03-01T10:00:00.250Z')).toBe(Date.UTC(2026, 2, 1, 10, 0, 0, 250));
    expect(parseTime(1772323200000)).toBe(1772323200000);
    expect(parseTime(new Date(Date.UTC(2026, 2, 1)))).toBe(Date.UTC(2026, 2, 1));
    expect(parseTime('2024-02-29T23:59:59Z')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(parseTime('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(parseTime('2026-03-01 10:00+0100')).toBe(Date.UTC(2026, 2, 1, 9));
  });

  it('refuses what is ambiguous or not a time', () => {
    expect(parseTime('2026-03-01T10:00:00')).toBe(Number.NEGATIVE_INFINITY); // no zone
    expect(parseTime('yesterday')).toBeNaN();
    expect(parseTime('2026-02-30')).toBeNaN(); // Date.parse would roll over to March 2
    expect(parseTime('2026-02-30T10:00:00Z')).toBeNaN(); // date-times too
    expect(parseTime('2026-02-29T10:00:00Z')).toBeNaN(); // not a leap year
    expect(parseTime('2100-02-29')).toBeNaN(); // a century not divisible by 400
    expect(parseTime('2026-04-31T00:00:00+02:00')).toBeNaN();
    expect(parseTime('2026-13-01T10:00:00Z')).toBeNaN();
    expect(parseTime('2026-03-01T24:00:00Z')).toBeNaN(); // Date.parse would read the next midnight
    expect(parseTime('01/03/2026')).toBeNaN();
    expect(parseTime(Number.NaN)).toBeNaN();
    expect(parseTime(Infinity)).toBeNaN();
    expect(parseTime(new Date('nope'))).toBeNaN();
    expect(parseTime(null)).toBeNaN();
    expect(parseTime({})).toBeNaN();
  });
});
