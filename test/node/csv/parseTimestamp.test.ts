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

describe('parseTimestamp fast path', () => {
  it('gives the general path’s number on 100 k seeded strings around the common forms', async () => {
    const { createRng } = await import('../../../src/random/createRng');
    const rng = createRng('parseTimestamp-fast');
    // The general path alone: a space in front makes the fast path step aside (lengths 11 and 21).
    const general = (s: string): number => parseTimestamp(` ${s}`);
    const pick = (chars: string): string => chars[rng.nextUint32() % chars.length]!;
    const two = (lo: number, hi: number): string => String(lo + (rng.nextUint32() % (hi - lo + 1))).padStart(2, '0');
    let fast = 0;
    for (let i = 0; i < 100_000; i++) {
      const y = String([0, 99, 100, 1900, 2000, 2023, 2024, 2100, 9999][rng.nextUint32() % 9]! + (rng.next() < 0.5 ? 0 : rng.nextUint32() % 3)).padStart(4, '0');
      let s = `${y}${pick('-/-')}${two(0, 13)}${pick('-/-')}${two(0, 32)}`;
      if (rng.next() < 0.6) s += `${pick('T T')}${two(0, 24)}:${two(0, 60)}:${two(0, 61)}${pick('ZZZz+')}`;
      // Now and then a character changed to anything.
      if (rng.next() < 0.2) {
        const at = rng.nextUint32() % s.length;
        s = s.slice(0, at) + pick('0123456789-/:TZ x.') + s.slice(at + 1);
      }
      const a = parseTimestamp(s);
      const b = general(s);
      if (!Number.isNaN(a)) fast++;
      expect(Object.is(a, b), s).toBe(true);
    }
    expect(fast).toBeGreaterThan(20_000); // the valid ones are a good share, not a handful
  });
});
