import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Candidate } from '../../src/energy/candidate';
import { compareCustomerKeys } from '../../src/energy/compareCustomerKeys';
import { flatString } from '../../src/energy/flatString';
import { formatIso } from '../../src/energy/formatIso';
import { labelContribution } from '../../src/energy/labelContribution';
import { scoreCustomers } from '../../src/energy/scoreCustomers';

const NOW = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
const candidate = (kind: string, record: Record<string, unknown>, first?: boolean): Candidate =>
  ({ kind, atMs: NOW, count: 1, weight: 1, decayedWeight: 1, record, textEnergy: undefined, first: first === true, label: undefined, excerpt: undefined });

describe('fast paths agree with the plain computation they replace', () => {
  it('formatIso writes what toISOString writes, with or without the per-day cache', () => {
    const days = new Map<number, number>();
    // Hand-checked: 1970-01-01T00:00:00.000Z; a leap day; a year before 1000 falls back.
    expect(formatIso(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(formatIso(Date.UTC(2024, 1, 29, 23, 59, 59, 999), days)).toBe('2024-02-29T23:59:59.999Z');
    expect(formatIso(Date.UTC(999, 0, 1))).toBe(new Date(Date.UTC(999, 0, 1)).toISOString());
    fc.assert(
      fc.property(fc.integer({ min: -30_000_000_000_000, max: 250_000_000_000_000 }), (ms) => {
        const want = new Date(ms).toISOString();
        return formatIso(ms) === want && formatIso(ms, days) === want;
      }),
      { numRuns: 2000 },
    );
    expect(formatIso(1.5)).toBe(new Date(1.5).toISOString());
  });

  it('amounts in labels read as String(Math.round(amount × 100) / 100)', () => {
    // Hand-checked: 49.9 → '49.9', 0.05 → '0.05', 12 → '12', 1.005 → 1.00 (binary 1.00499…) → '1'.
    expect(labelContribution(candidate('refund', { amount: 49.9 }), 60)).toBe('refund (49.9)');
    expect(labelContribution(candidate('purchase', { amount: 0.05, orderId: 7 }, true), 60)).toBe('first purchase (0.05) of order 7');
    expect(labelContribution(candidate('purchase', { amount: 12 }), 60)).toBe('repeat purchase (12)');
    expect(labelContribution(candidate('purchase', { amount: 1.005 }), 60)).toBe('repeat purchase (1)');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (amount) =>
        labelContribution(candidate('purchase', { amount }), 60) === `repeat purchase (${Math.round(amount * 100) / 100})`),
      { numRuns: 2000 },
    );
  });

  it('shared labels are the labels built afresh', () => {
    const cache = new Map<number, string>();
    const record = fc.oneof(
      fc.record({ kind: fc.constant('review'), rating: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constantFrom('nps', 'csat', 'effort'), score: fc.integer({ min: 0, max: 10 }) }),
      fc.record({ kind: fc.constant('response'), minutes: fc.double({ min: 0, max: 1e7, noNaN: true }) }),
      fc.record({ kind: fc.constant('delivery'), promisedAt: fc.integer({ min: 0, max: 40 * DAY }), deliveredAt: fc.integer({ min: 0, max: 40 * DAY }) }),
      fc.record({ kind: fc.constantFrom('referral', 'share', 'return', 'unsubscribe', 'cancellation') }),
    );
    fc.assert(
      fc.property(record, (r) => {
        const plain = labelContribution(candidate(r.kind, r), 60);
        const first = labelContribution(candidate(r.kind, r), 60, cache);
        const again = labelContribution(candidate(r.kind, r), 60, cache);
        return plain === first && first === again;
      }),
      { numRuns: 1000 },
    );
  });

  it('flatString returns the same string', () => {
    const s = `${'a'.repeat(10)}${String(12345)}`;
    expect(flatString(s)).toBe('aaaaaaaaaa12345');
    expect(flatString('')).toBe('');
  });

  it('readings come out in customer id order (numbers numerically, then text), whatever the ids', () => {
    const id = fc.oneof(fc.integer({ min: -5, max: 5_000_000 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.string({ minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 40 }), (ids) => {
        const events = ids.map((customerId) => ({ customerId, at: NOW - DAY, kind: 'share' }));
        const keys = scoreCustomers({ events }, { now: NOW }).readings.map((r) => String(r.customerId));
        return JSON.stringify(keys) === JSON.stringify([...keys].sort(compareCustomerKeys)) && new Set(keys).size === keys.length;
      }),
      { numRuns: 200 },
    );
  });
});
