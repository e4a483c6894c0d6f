import { describe, expect, it } from 'vitest';
import { scoreCustomers } from '../../src/energy/scoreCustomers';
import { EnergyReadingSchema } from '../../src/energy/schema';
import type { TextReading } from '../../src/text/schema';
import { EVENT_KINDS } from '../../src/behaviour/schema';

/** byKind of a reading with no events of any built-in kind. */
const NO_EVENTS: Record<string, number> = Object.fromEntries([...EVENT_KINDS].sort().map((k) => [k, 0]));

const NOW = '2026-03-01T00:00:00Z';
const DAY = 86_400_000;
const now = Date.parse(NOW);
const zero = { trust: 0, magnanimity: 0, joy: 0, drive: 0, selfishness: 0, suspicion: 0, frustration: 0, dejection: 0 };
const calm = { joy: 0, anger: 0, sorrow: 0, fear: 0, love: 0, disgust: 0, desire: 0 };
/** A text reader with a fixed reading, so the fusion can be checked by hand. */
const fixedReader = (energy: number, confidence: number) => (): TextReading => ({
  energy,
  level: Math.abs(energy),
  confidence,
  language: 'en',
  traits: { ...zero, frustration: 0.5 },
  emotions: { ...calm, anger: 0.5 },
  evidence: [],
});

function one(events: unknown[], options: Partial<Parameters<typeof scoreCustomers>[1]> = {}) {
  const { readings, issues } = scoreCustomers({ events }, { now: NOW, ...options });
  expect(issues).toEqual([]);
  expect(readings).toHaveLength(1);
  expect(EnergyReadingSchema.parse(readings[0])).toEqual(readings[0]);
  return readings[0]!;
}

describe('scoreCustomers: worked examples', () => {
  it('a referral just now', () => {
    // S = 1.5; energy = 1.5 / √(1.5² + 4) = 1.5 / 2.5 = 0.6
    // confidence = (1 − e^(−1/3)) × (0.5 + 0.5 × 1) = 0.283469
    // magnanimity = 1 − e^(−1.5 × 1) = 0.776870; drive = 1 − e^(−0.75) = 0.527633
    const r = one([{ customerId: 'ann', at: NOW, kind: 'referral' }]);
    expect(r.energy).toBeCloseTo(0.6, 9);
    expect(r.level).toBeCloseTo(0.6, 9);
    expect(r.polarity).toBe('positive');
    expect(r.confidence).toBeCloseTo(0.283469, 6);
    expect(r.traits.magnanimity).toBeCloseTo(0.77687, 5);
    expect(r.traits.drive).toBeCloseTo(0.527633, 5);
    expect(r.emotions.love).toBeCloseTo(0.527633, 5);
    expect(r.summary).toBe('referral');
    expect(r.counts).toEqual({ events: 1, texts: 0, positive: 1, negative: 0, byKind: { ...NO_EVENTS, referral: 1 } });
  });

  it('lists every built-in kind in byKind, in name order, 0 when none', () => {
    const r = one([{ customerId: 'ann', at: NOW, kind: 'contact' }, { customerId: 'ann', at: NOW, kind: 'contact' }]);
    expect(Object.keys(r.counts.byKind)).toEqual([...EVENT_KINDS].sort());
    expect(r.counts.byKind.contact).toBe(2);
    expect(Object.values(r.counts.byKind).reduce((a, b) => a + b, 0)).toBe(r.counts.events);
  });

  it('a complaint one half-life ago counts half', () => {
    // d = 2^(−90/90) = 0.5; S = −1 × 0.5 = −0.5; energy = −0.5 / √(0.25 + 4) = −0.242536
    const r = one([{ customerId: 'ann', at: now - 90 * DAY, kind: 'complaint' }]);
    expect(r.signal).toBeCloseTo(-0.5, 9);
    expect(r.energy).toBeCloseTo(-0.242536, 6);
    expect(r.polarity).toBe('negative');
    expect(r.contributions[0]).toMatchObject({ kind: 'complaint', weight: -1, label: 'complaint' });
    expect(r.contributions[0]!.decayedWeight).toBeCloseTo(-0.5, 9);
  });

  it('three contacts about one order weigh as six', () => {
    // n = 3 about order 1182: each −0.5 × min(3, 1 + 0.5 × 2) = −1, so −3; one contact without an
    // order: −0.5. S = −3.5; energy = −3.5 / √(12.25 + 4) = −3.5 / 4.031129 = −0.868243
    const r = one([
      { customerId: 'ann', at: NOW, kind: 'contact', orderId: 1182 },
      { customerId: 'ann', at: NOW, kind: 'contact', orderId: '1182' },
      { customerId: 'ann', at: NOW, kind: 'contact', orderId: 1182, channel: 'chat' },
      { customerId: 'ann', at: NOW, kind: 'contact' },
    ]);
    expect(r.signal).toBeCloseTo(-3.5, 9);
    expect(r.energy).toBeCloseTo(-0.868243, 6);
    expect(r.contributions[0]).toMatchObject({ kind: 'contact', count: 3, weight: -3, decayedWeight: -3, label: '3 contacts about order 1182', orderId: 1182 });
    expect(r.contributions[1]).toMatchObject({ kind: 'contact', count: 1, label: 'contact (no order given)' });
    // frustration mass: 3.5 × 1 → 1 − e^(−3.5) = 0.969803
    expect(r.traits.frustration).toBeCloseTo(0.969803, 6);
  });

  it('the oldest purchase is the first, the others repeats', () => {
    // first 0.5 × 2^(−9/90) + repeat 1 × 1: 0.5 × 0.933033 + 1 = 1.466516
    // energy = 1.466516 / √(2.150670 + 4) = 1.466516 / 2.480054 = 0.591324
    const r = one([
      { customerId: 7, at: NOW, kind: 'purchase', amount: 30 },
      { customerId: 7, at: now - 9 * DAY, kind: 'purchase', amount: 20, orderId: 'A-1' },
    ]);
    expect(r.signal).toBeCloseTo(1.466516, 6);
    expect(r.energy).toBeCloseTo(0.591324, 6);
    expect(r.customerId).toBe(7);
    expect(r.economicStrength).toBe(50);
    expect(r.contributions.map((c) => c.label)).toEqual(['repeat purchase (30)', 'first purchase (20) of order A-1']);
  });

  it('a refund 19 days late and a delivery a day early', () => {
    // refund: −0.5 + gap(−19 days) = −0.5 − 2 (loss cap) = −2.5
    // delivery one day early: +0.25. S = −2.25; energy = −2.25 / √(5.0625 + 4) = −0.747409
    const r = one([
      { customerId: 'b', at: NOW, kind: 'refund', amount: 40, promisedAt: now - 19 * DAY },
      { customerId: 'b', at: NOW, kind: 'delivery', promisedAt: now + DAY, deliveredAt: NOW },
    ]);
    expect(r.energy).toBeCloseTo(-0.747409, 6);
    expect(r.summary).toBe('refund 19 days late (40)');
    expect(r.contributions.map((c) => c.label)).toEqual(['refund 19 days late (40)', 'delivery 1 day early']);
    expect(r.economicStrength).toBe(0); // net purchases minus refunds, floored at 0
  });

  it('a slow answer deepens, a fast one recovers', () => {
    // 240 min: 0.5 × (1 − log2 5) = −0.660964; 6 min: 0.5 × (1 − log2 1.1) = 0.5 × (1 − 0.137504) = 0.431248
    const slow = one([{ customerId: 'c', at: NOW, kind: 'response', minutes: 240 }]);
    const fast = one([{ customerId: 'c', at: NOW, kind: 'response', minutes: 6 }]);
    expect(slow.signal).toBeCloseTo(-0.660964, 6);
    expect(fast.signal).toBeCloseTo(0.431248, 6);
    expect(slow.contributions[0]!.label).toBe('response after 240 min');
  });

  it('fuses a review with its text through the text reader', () => {
    // rating 1: −1.5; text: −0.8 × 0.5 × 1.5 = −0.6. S = −2.1; energy = −2.1 / √(4.41 + 4) = −2.1 / 2.9 = −0.724138
    // confidence: n = 1 + 0.5 = 1.5 → (1 − e^(−0.5)) = 0.393469; agreement 1 → 0.393469
    const seen: unknown[] = [];
    const reader = (text: string, options?: unknown) => {
      seen.push([text, options]);
      return fixedReader(-0.8, 0.5)();
    };
    const r = one([{ customerId: 'd', at: NOW, kind: 'review', rating: 1, text: 'never again' }], {
      textReader: reader,
      textOptions: { language: 'en' },
    });
    expect(seen).toEqual([['never again', { language: 'en' }]]);
    expect(r.energy).toBeCloseTo(-0.724138, 6);
    expect(r.confidence).toBeCloseTo(0.393469, 6);
    expect(r.contributions[0]).toMatchObject({ label: "review 1/5: 'never again'", excerpt: 'never again', textEnergy: -0.8 });
    expect(r.contributions[0]!.weight).toBeCloseTo(-2.1, 12);
    expect(r.counts.texts).toBe(1);
    // anger: complaint-free, so from the review's negative profile (0) and the text (0.5 × 0.5 = 0.25)
    expect(r.emotions.anger).toBeCloseTo(1 - Math.exp(-0.25), 9);
  });

  it('lowers confidence when evidence disagrees', () => {
    // +1.5 and −1.5: S = 0, agreement 0 → confidence = (1 − e^(−2/3)) × 0.5 = 0.486583 × 0.5 = 0.243291
    const r = one([
      { customerId: 'e', at: NOW, kind: 'referral' },
      { customerId: 'e', at: NOW, kind: 'cancellation' },
    ]);
    expect(r.energy).toBe(0);
    expect(r.polarity).toBe('neutral');
    expect(r.confidence).toBeCloseTo(0.243291, 6);
  });

  it('takes weights of your own kinds and overrides', () => {
    // warranty-claim −0.8 (event) + loyalty-signup 0.6 (options) + share overridden to 1: S = 0.8
    const r = one(
      [
        { customerId: 'f', at: NOW, kind: 'warranty-claim', weight: -0.8 },
        { customerId: 'f', at: NOW, kind: 'loyalty-signup' },
        { customerId: 'f', at: NOW, kind: 'share' },
      ],
      { weights: { 'loyalty-signup': 0.6, share: 1 } },
    );
    expect(r.signal).toBeCloseTo(0.8, 9);
    // Built-in kinds first (all of them, in name order), then your own kinds in name order.
    expect(r.counts.byKind).toEqual({ ...NO_EVENTS, share: 1, 'loyalty-signup': 1, 'warranty-claim': 1 });
    expect(Object.keys(r.counts.byKind).slice(-2)).toEqual(['loyalty-signup', 'warranty-claim']);
  });

  it('sizes customers against the population mean', () => {
    // e = ln(1 + economic): A ln 100 = 4.605170, B 0, C ln 10 = 2.302585 (mean 2.302585)
    // i = ln(1 + audience): A 0, B ln 1000 = 6.907755, C ln 10 (mean 3.070113)
    // size = 0.5 e/mean e + 0.5 i/mean i: A 1, B 1.125, C 0.5 + 0.375 = 0.875
    const { readings } = scoreCustomers(
      {
        events: [{ customerId: 'A', at: NOW, kind: 'purchase', amount: 99 }],
        profiles: [
          { customerId: 'B', followers: 999, segment: 'vip' },
          { customerId: 'C', spend: 9, followers: 9 },
        ],
      },
      { now: NOW },
    );
    expect(readings.map((r) => r.customerId)).toEqual(['A', 'B', 'C']);
    expect(readings[0]!.size).toBeCloseTo(1, 9);
    expect(readings[1]!.size).toBeCloseTo(1.125, 9);
    expect(readings[2]!.size).toBeCloseTo(0.875, 9);
    expect(readings[1]).toMatchObject({ segment: 'vip', energy: 0, confidence: 0, socialInfluence: 999, contributions: [] });
  });

  it('counts a community role as audience', () => {
    // moderator reach 2: (1 + 99) × 2 − 1 = 199
    const { readings } = scoreCustomers({ events: [], profiles: [{ customerId: 1, followers: 99, role: 'moderator' }] }, { now: NOW });
    expect(readings[0]!.socialInfluence).toBe(199);
    expect(readings[0]!.size).toBeCloseTo(1, 12);
  });

  it('orders readings by id, numbers first, and treats 1 and "1" as one customer', () => {
    const { readings } = scoreCustomers(
      {
        events: [
          { customerId: 'b', at: NOW, kind: 'share' },
          { customerId: '10', at: NOW, kind: 'share' },
          { customerId: 2, at: NOW, kind: 'share' },
          { customerId: 10, at: NOW, kind: 'share' },
        ],
      },
      { now: NOW },
    );
    expect(readings.map((r) => r.customerId)).toEqual([2, 10, 'b']);
    expect(readings[1]!.counts.events).toBe(2);
  });

  it('reads an iterable once, streaming', () => {
    function* events() {
      for (let i = 0; i < 1000; i++) yield { customerId: i % 10, at: now - i * 3_600_000, kind: 'share' };
    }
    const { readings, stats } = scoreCustomers({ events: events() }, { now: NOW });
    expect(readings).toHaveLength(10);
    expect(stats.events).toEqual({ read: 1000, used: 1000, rejected: 0, ignored: 0 });
  });
});
