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
  });

  it('refuses what is ambiguous or not a time', () => {
    expect(parseTime('2026-03-01T10:00:00')).toBe(Number.NEGATIVE_INFINITY); // no zone
    expect(parseTime('yesterday')).toBeNaN();
    expect(parseTime('2026-02-30')).toBeNaN(); // Date.parse would roll over to March 2
    expect(parseTime('01/03/2026')).toBeNaN();
    expect(parseTime(Number.NaN)).toBeNaN();
    expect(parseTime(Infinity)).toBeNaN();
    expect(parseTime(new Date('nope'))).toBeNaN();
    expect(parseTime(null)).toBeNaN();
    expect(parseTime({})).toBeNaN();
  });
});
