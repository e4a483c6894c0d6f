import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../../src/node/csv/parseTimestamp';

describe('parseTimestamp', () => {
  it('reads ISO dates and date-times as UTC unless a zone is given', () => {
    // Date.UTC(2024, 2, 5) = 1709596800000 (19787 days × 86 400 000 ms).
    expect(parseTimestamp('2024-03-05')).toBe(1709596800000);
    // + 14 h 30 min = 52 200 000 ms.
    expect(parseTimestamp('2024-03-05 14:30')).toBe(1709649000000);
    expect(parseTimestamp('2024-03-05T14:30:00Z')).toBe(1709649000000);
    expect(parseTimestamp('2024/03/05 14:30:00')).toBe(1709649000000);
    // +08:00 is 8 hours ahead of UTC: 14:30+08:00 = 06:30Z = 1709596800000 + 23 400 000.
    expect(parseTimestamp('2024-03-05T14:30:00+08:00')).toBe(1709620200000);
    expect(parseTimestamp('2024-03-05T14:30:00.250Z')).toBe(1709649000250);
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(parseTimestamp('1709649000')).toBe(1709649000000);
    expect(parseTimestamp('1709649000123')).toBe(1709649000123);
  });

  it('returns NaN for what is not a date', () => {
    for (const s of ['', 'yesterday', '2024-13-01', '2024-02-30', '2024-01-01 25:00', '05/03/2024', '12345']) {
      expect(parseTimestamp(s), s).toBeNaN();
    }
  });
});
