import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreCustomers } from '../../src/energy/scoreCustomers';
import { EnergyReadingSchema } from '../../src/energy/schema';
import type { TextReading } from '../../src/text/schema';

const NOW = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
const zero = { trust: 0, magnanimity: 0, joy: 0, drive: 0, selfishness: 0, suspicion: 0, frustration: 0, dejection: 0 };
const calm = { joy: 0, anger: 0, sorrow: 0, fear: 0, love: 0, disgust: 0, desire: 0 };
/** A deterministic stand-in for a text model: the reading depends on the text only. */
const textReader = (text: string): TextReading => {
  const energy = ((text.length % 7) - 3) / 3;
  return { energy, level: Math.abs(energy), confidence: 0.6, language: 'en', traits: { ...zero, joy: 0.2 }, emotions: { ...calm, anger: 0.1 }, evidence: [] };
};

const at = fc.integer({ min: 0, max: 400 }).map((h) => NOW - h * 18 * 3_600_000);
const customerId = fc.constantFrom<string | number>(1, '1', 2, 'ann', 'bob');
const orderId = fc.option(fc.constantFrom<string | number>(1182, '1182', 'A-7'), { nil: undefined });
/** Behaviour events of every kind, valid. */
const behaviour = fc.oneof(
  fc.record({ customerId, at, kind: fc.constant('purchase'), amount: fc.integer({ min: 0, max: 500 }), orderId }),
  fc.record({ customerId, at, kind: fc.constantFrom('return', 'cancellation', 'referral', 'share', 'unsubscribe') }),
  fc.record({ customerId, at, kind: fc.constant('refund'), amount: fc.integer({ min: 0, max: 90 }), promisedAt: at }),
  fc.record({ customerId, at, kind: fc.constant('contact'), orderId }),
  fc.record({ customerId, at, kind: fc.constant('response'), minutes: fc.integer({ min: 0, max: 2000 }) }),
  fc.record({ customerId, at, kind: fc.constant('review'), rating: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ customerId, at, kind: fc.constant('nps'), score: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ customerId, at, kind: fc.constant('csat'), score: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ customerId, at, kind: fc.constant('effort'), score: fc.integer({ min: 1, max: 7 }) }),
  fc.record({ customerId, at, kind: fc.constant('delivery'), promisedAt: at, deliveredAt: at }),
);
const withText = fc.oneof(
  behaviour,
  fc.record({ customerId, at, kind: fc.constant('message'), text: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '') }),
  fc.record({ customerId, at, kind: fc.constant('complaint'), text: fc.string({ maxLength: 12 }) }),
);
/** Events that can only raise energy (weight ≥ 0 under the defaults). */
const positive = fc.oneof(
  fc.record({ customerId: fc.constant('ann'), at, kind: fc.constantFrom('referral', 'share') }),
  fc.record({ customerId: fc.constant('ann'), at, kind: fc.constant('purchase'), amount: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ customerId: fc.constant('ann'), at, kind: fc.constant('nps'), score: fc.integer({ min: 7, max: 10 }) }),
  fc.record({ customerId: fc.constant('ann'), at, kind: fc.constant('review'), rating: fc.integer({ min: 4, max: 5 }) }),
  fc.record({ customerId: fc.constant('ann'), at, kind: fc.constant('csat'), score: fc.integer({ min: 3, max: 5 }) }),
  fc.record({ customerId: fc.constant('ann'), at, kind: fc.constant('effort'), score: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ customerId: fc.constant('ann'), at, kind: fc.constant('response'), minutes: fc.integer({ min: 0, max: 60 }) }),
  fc.tuple(at, fc.integer({ min: 0, max: 9 })).map(([t, early]) => ({ customerId: 'ann', at: t, kind: 'delivery', deliveredAt: t, promisedAt: t + early * DAY })),
);
/** Unique event ids, so no record is a duplicate of another. */
const numbered = (events: object[]) => events.map((e, i) => ({ ...e, id: `e${i}` }));

describe('scoreCustomers: properties', () => {
  it('adding a positive event never lowers energy', () => {
    fc.assert(
      fc.property(fc.array(behaviour, { maxLength: 25 }), positive, (events, extra) => {
        const mine = events.map((e) => ({ ...e, customerId: 'ann' }));
        const before = scoreCustomers({ events: mine }, { now: NOW }).readings[0]?.energy ?? 0;
        const after = scoreCustomers({ events: [...mine, extra] }, { now: NOW }).readings[0]!.energy;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('readings do not depend on input order, to the last bit', () => {
    fc.assert(
      fc.property(
        fc.array(withText, { maxLength: 40 }).chain((events) => fc.tuple(fc.constant(numbered(events)), fc.shuffledSubarray(numbered(events), { minLength: events.length }))),
        ([events, shuffled]) => {
          const options = { now: NOW, textReader, energy: { contributions: 4 } } as const;
          const a = scoreCustomers({ events }, options).readings;
          const b = scoreCustomers({ events: shuffled }, options).readings;
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('same input and now give the same output; readings match their schema', () => {
    fc.assert(
      fc.property(fc.array(withText, { maxLength: 30 }), (events) => {
        const options = { now: NOW, textReader };
        const a = scoreCustomers({ events }, options);
        const b = scoreCustomers({ events }, options);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        for (const r of a.readings) {
          EnergyReadingSchema.parse(r);
          expect(r.level).toBe(Math.abs(r.energy));
          expect(r.contributions.length).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary records, and the counts reconcile', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.record({ customerId: fc.oneof(customerId, fc.anything()), at: fc.oneof(at, fc.anything()), kind: fc.oneof(fc.constantFrom('purchase', 'nps', 'delivery', 'refund', 'contact', 'message', 'x'), fc.anything()), score: fc.anything(), amount: fc.anything(), text: fc.anything(), promisedAt: fc.anything(), deliveredAt: fc.anything(), orderId: fc.anything(), id: fc.anything(), weight: fc.anything() }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(junk, withText), { maxLength: 30 }), fc.array(fc.anything(), { maxLength: 5 }), (events, profiles) => {
        const { readings, issues, stats } = scoreCustomers({ events, profiles }, { now: NOW, textReader });
        expect(stats.events.read).toBe(events.length);
        expect(stats.events.used + stats.events.rejected + stats.events.ignored).toBe(events.length);
        expect(stats.profiles.used + stats.profiles.rejected).toBe(profiles.length);
        expect(issues).toHaveLength(stats.events.rejected + stats.profiles.rejected);
        for (const r of readings) EnergyReadingSchema.parse(r);
      }),
      { numRuns: 200 },
    );
  });

  it('mean size is 1 over the population', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ customerId: fc.integer({ min: 0, max: 50 }), spend: fc.integer({ min: 0, max: 1e6 }), followers: fc.integer({ min: 0, max: 1e6 }) }), { minLength: 1, maxLength: 30 }),
        (profiles) => {
          const { readings } = scoreCustomers({ events: [], profiles }, { now: NOW });
          const mean = readings.reduce((s, r) => s + r.size, 0) / readings.length;
          expect(mean).toBeCloseTo(1, 9);
          for (const r of readings) expect(r.size).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});
