import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../src/behaviour/schema';
import { scoreCustomers } from '../../src/energy/scoreCustomers';
import { EnergyReadingSchema } from '../../src/energy/schema';
import { createRng } from '../../src/random/createRng';

const NOW = '2026-03-01T00:00:00Z';
const rng = createRng(7);
const pick = <T>(a: readonly T[]): T => a[rng.nextUint32() % a.length]!;
const values: unknown[] = [
  undefined, null, 0, -0, 1, -1, 1.5, 7, 10, 11, Number.NaN, Infinity, -Infinity, '', ' ', 'x', '1', '01', '-1', '1e3',
  true, {}, [], [1], '2026-03-01', '2026-02-30', '2026-03-01T10:00:00Z', '2025-12-01T10:00Z', 1772323200000, 1e15,
  -1e15, 1e308, -1e308, -9e15, 5e-324, 2 ** 53, 4194304, new Date(0), new Date(Number.NaN), 'never again', '很失望', 'ottimo',
  '__proto__', 'constructor', 'x'.repeat(5000),
];
const kinds = [...EVENT_KINDS, 'webinar', '', '__proto__', 'constructor', 'hasOwnProperty'];
const fields = ['customerId', 'at', 'kind', 'amount', 'promisedAt', 'deliveredAt', 'text', 'orderId', 'channel', 'minutes', 'rating', 'score', 'id', 'weight'];

/** A valid event of every kind, to be spoiled one field at a time. */
const templates: Record<string, unknown>[] = [
  { customerId: 'v', at: '2026-02-01T10:00:00Z', kind: 'purchase', amount: 20, orderId: 1 },
  { customerId: 'v', at: '2026-02-01T10:00:00Z', kind: 'refund', amount: 5, promisedAt: '2026-01-20' },
  { customerId: 'v', at: '2026-02-01T10:00:00Z', kind: 'contact', orderId: 1, channel: 'chat' },
  { customerId: 'v', at: '2026-02-01T10:00:00Z', kind: 'response', minutes: 30 },
  { customerId: 'v', at: '2026-02-01T10:00:00Z', kind: 'review', rating: 2, text: 'late' },
  { customerId: 'w', at: '2026-02-01T10:00:00Z', kind: 'nps', score: 9 },
  { customerId: 'w', at: '2026-02-01T10:00:00Z', kind: 'delivery', promisedAt: '2026-01-30', deliveredAt: '2026-02-01' },
  { customerId: 'w', at: '2026-02-01T10:00:00Z', kind: 'webinar', weight: 0.4, text: 'useful' },
];
const extremes: unknown[] = [1e308, -1e308, 1e12, 1e12 + 1, 1e15, 1000, 1001, -1000, 5e-324, 8.64e15, -8.64e15, 2 ** 53, 0];

/** A record of any shape: fields of every kind set to values of every type, some hostile. */
function anyRecord(): unknown {
  const u = rng.nextUint32() % 24;
  if (u === 0) return pick(values);
  // A valid event with one field pushed to an extreme: it must be scored finite or reported.
  if (u >= 5 && u <= 9) return { ...pick(templates), [pick(fields)]: pick(extremes) };
  const r: Record<string, unknown> = {
    customerId: pick(['a', 'b', 1, 2, '2', 0, -5, 1.5, ...values]),
    at: pick(['2026-02-01T10:00:00Z', 1772000000000, ...values]),
    kind: pick(kinds),
  };
  for (let j = rng.nextUint32() % 4; j > 0; j--) r[pick(fields)] = pick(values);
  if (u === 1) Object.defineProperty(r, pick(['amount', 'kind', 'at', 'customerId']), { get: () => { throw new Error('getter boom'); }, enumerable: true });
  if (u === 2) return new Proxy(r, { get: () => { throw new TypeError('proxy boom'); } });
  if (u === 3) return Object.freeze(r);
  if (u === 4) return Object.assign(Object.create(null) as object, r);
  return r;
}

describe('scoreCustomers on records of any shape (seeded)', () => {
  it('never throws; counts reconcile; every reading is valid; the same input gives the same output', () => {
    const optionSets = [
      { now: NOW },
      { now: NOW, duplicates: 'reject' as const, weights: { webinar: 0.2 } },
      { now: NOW, futureEvents: 'ignore' as const, energy: { contributions: 6 } },
    ];
    for (let round = 0; round < 40; round++) {
      const events = Array.from({ length: 1 + (rng.nextUint32() % 300) }, anyRecord);
      const profiles = Array.from({ length: rng.nextUint32() % 5 }, () => ({
        customerId: pick(['a', 1, 'p', 'v', 'w', ...values]),
        spend: pick([...values, ...extremes]),
        followers: pick([...values, ...extremes]),
        role: pick(['member', 'influencer', 'king', undefined]),
        segment: pick(['s', '', undefined, 5]),
      }));
      for (const options of optionSets) {
        const r = scoreCustomers({ events, profiles }, options);
        const { events: ev, profiles: pr, customers } = r.stats;
        expect(ev.read).toBe(events.length);
        expect(ev.used + ev.rejected + ev.ignored).toBe(ev.read);
        expect(pr.read).toBe(profiles.length);
        expect(r.issues).toHaveLength(ev.rejected + pr.rejected);
        expect(r.readings).toHaveLength(customers);
        for (const reading of r.readings) expect(EnergyReadingSchema.safeParse(reading).success).toBe(true);
        const again = scoreCustomers({ events, profiles }, options);
        expect(again.readings).toEqual(r.readings);
        expect(again.issues.map((i) => [i.index, i.code, i.reason])).toEqual(r.issues.map((i) => [i.index, i.code, i.reason]));
      }
    }
  });

  it('reports a record whose fields throw when read, and a time no Date can hold', () => {
    const boom = Object.defineProperty({ customerId: 'a', at: NOW, kind: 'purchase' }, 'amount', {
      get: () => {
        throw new Error('getter boom');
      },
      enumerable: true,
    });
    const { issues, readings } = scoreCustomers(
      { events: [boom, { customerId: 'b', at: 1e308, kind: 'share' }, { customerId: 'c', at: NOW, kind: 'share' }] },
      { now: NOW },
    );
    expect(issues.map((i) => [i.index, i.code, i.reason])).toEqual([
      [0, 'unreadable-record', 'reading the record threw: getter boom'],
      [1, 'invalid-time', 'at is not an ISO time, epoch ms or Date'],
    ]);
    expect(readings.map((r) => r.customerId)).toEqual(['c']);
  });
});
