import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError, MissingOptionError } from '../../src/errors';
import { energyTrend } from '../../src/energy/energyTrend';
import { TrendPointSchema } from '../../src/energy/segmentSchema';
import { scoreCustomers } from '../../src/energy/scoreCustomers';
import { summariseSegments } from '../../src/energy/summariseSegments';
import { scoreText } from '../../src/text/scoreText';
import { createRng } from '../../src/random/createRng';
import type { EnergyReading } from '../../src/energy/schema';

const events = [{ customerId: 'ann', at: '2026-03-10T00:00:00Z', kind: 'referral' }];
const profiles = [
  { customerId: 'ann', segment: 'retail' },
  { customerId: 'bob', segment: 'b2b' },
];

describe('energyTrend', () => {
  it("gives each segment's energy at the end of each week (worked example)", () => {
    // Windows end 03-03, 03-10, 03-17, 03-24. The referral (+1.5) is in the future on 03-03 (energy 0);
    // on 03-10 it is now: 1.5 / √(2.25 + 4) = 0.6; on 03-17, d = 2^(−7/90) = 0.947516:
    // S = 1.421274, energy = 1.421274 / √(2.020020 + 4) = 0.579267; on 03-24, d = 2^(−14/90) = 0.897787:
    // S = 1.346680, energy = 1.346680 / √(1.813547 + 4) = 0.558527.
    const points = energyTrend({ events, profiles }, { now: '2026-03-24T00:00:00Z', every: 'week', windows: 4 });
    for (const p of points) TrendPointSchema.parse(p);
    const retail = points.filter((p) => p.segment === 'retail');
    expect(retail.map((p) => p.at)).toEqual([
      '2026-03-03T00:00:00.000Z',
      '2026-03-10T00:00:00.000Z',
      '2026-03-17T00:00:00.000Z',
      '2026-03-24T00:00:00.000Z',
    ]);
    expect(retail[0]!.meanEnergy).toBe(0);
    expect(retail[1]!.meanEnergy).toBeCloseTo(0.6, 9);
    expect(retail[2]!.meanEnergy).toBeCloseTo(0.579267, 5);
    expect(retail[3]!.meanEnergy).toBeCloseTo(0.558527, 5);
    expect(retail[1]!.netEnergyScore).toBe(100);
    // b2b has a point in every window, with no energy
    expect(points.filter((p) => p.segment === 'b2b').map((p) => p.count)).toEqual([1, 1, 1, 1]);
  });

  it('fills windows before a segment exists with count 0', () => {
    const points = energyTrend({ events: [{ customerId: 'x', at: '2026-03-10', kind: 'share' }] }, { now: '2026-03-10', every: { days: 5 }, windows: 2 });
    expect(points).toEqual([
      { at: '2026-03-05T00:00:00.000Z', segment: 'all', count: 0, meanEnergy: 0, netEnergyScore: 0, sizeWeightedEnergy: 0 },
      expect.objectContaining({ at: '2026-03-10T00:00:00.000Z', segment: 'all', count: 1 }),
    ]);
  });

  it('reads each distinct text once, and gives the points of scoring and summarising each window', () => {
    const texts = [
      { customerId: 'a', at: '2026-03-01T00:00:00Z', kind: 'message', text: 'never again, so slow' },
      { customerId: 'b', at: '2026-03-08T00:00:00Z', kind: 'review', rating: 5, text: 'lovely, thank you' },
      { customerId: 'a', at: '2026-03-15T00:00:00Z', kind: 'message', text: 'never again, so slow' },
    ];
    const read: string[] = [];
    const textReader = (text: string) => (read.push(text), scoreText(text));
    const points = energyTrend({ events: texts }, { now: '2026-03-22T00:00:00Z', windows: 4, textReader });
    expect(read).toEqual(['never again, so slow', 'lovely, thank you']);
    // The same as scoring each window's end with every explanation and summarising it.
    const byHand = [3, 2, 1, 0].flatMap((w) => {
      const now = Date.UTC(2026, 2, 22) - w * 7 * 86_400_000;
      const { readings } = scoreCustomers({ events: texts }, { now, futureEvents: 'ignore' });
      return summariseSegments(readings, { top: 0 }).map((s) => ({
        at: new Date(now).toISOString(),
        segment: s.segment,
        count: s.count,
        meanEnergy: s.meanEnergy,
        netEnergyScore: s.netEnergyScore,
        sizeWeightedEnergy: s.sizeWeightedEnergy,
      }));
    });
    expect(points.filter((p) => p.count > 0)).toEqual(byHand);
  });

  it('reads events and profiles once: generators give the points of arrays', () => {
    function* once<T>(xs: readonly T[]) {
      yield* xs;
    }
    const options = { now: '2026-03-24', windows: 3 };
    expect(energyTrend({ events: once(events), profiles: once(profiles) }, options)).toEqual(energyTrend({ events, profiles }, options));
  });

  it('throws on misuse', () => {
    expect(() => energyTrend({ events: 5 } as never, { now: '2026-03-24' })).toThrow(InvalidInputError);
    expect(() => energyTrend({ events, profiles: 5 } as never, { now: '2026-03-24' })).toThrow(InvalidInputError);
    expect(() => energyTrend({ events }, { now: '2026-03-24', windows: 0 })).toThrow(InvalidOptionError);
    expect(() => energyTrend({ events }, { now: '2026-03-24', every: { days: 0 } })).toThrow(InvalidOptionError);
    expect(() => energyTrend({ events }, {} as never)).toThrow(MissingOptionError);
    expect(() => energyTrend({ events }, null as never)).toThrow(MissingOptionError);
    // Misspelt options, and futureEvents (each window leaves later events out), are misuse.
    expect(() => energyTrend({ events }, { now: '2026-03-24', windowz: 3 } as never)).toThrow('windowz is not an option');
    expect(() => energyTrend({ events }, { now: '2026-03-24', futureEvents: 'reject' } as never)).toThrow('futureEvents is not an option');
    expect(() => energyTrend({ events }, { now: '2026-03-24', halfLifeDays: 9 } as never)).toThrow('did you mean energy.halfLifeDays?');
  });

  it('gives, on a seeded mixed history, the points of scoring and summarising each window: by segment and by segmentOf', () => {
    // 4 000 events of every kind over 300 customers and 120 days, texts, kinds of your own, numeric
    // and text ids, repeated contacts about orders, ids with duplicates, bad records, and profiles
    // with segments, spend, followers and roles: every rule that settles a row at the end.
    const rng = createRng('energyTrend-windows');
    const DAY = 86_400_000;
    const end = Date.UTC(2026, 4, 1);
    const kinds = ['purchase', 'return', 'refund', 'cancellation', 'complaint', 'contact', 'response', 'review', 'nps', 'csat', 'effort', 'referral', 'share', 'unsubscribe', 'delivery', 'message', 'warranty'];
    const texts = ['never again, so slow', 'lovely, thank you', '服务太差了', 'ottimo servizio', 'ok'];
    const mixed: unknown[] = [];
    for (let n = 0; n < 4000; n++) {
      const c = rng.nextUint32() % 300;
      const customerId = c % 3 === 0 ? `c${c}` : c;
      const at = end - Math.floor(rng.next() * 120 * DAY);
      const kind = kinds[rng.nextUint32() % kinds.length]!;
      const e: Record<string, unknown> = { customerId, at, kind };
      if (kind === 'purchase' || kind === 'refund') e.amount = 1 + (rng.nextUint32() % 300);
      if (kind === 'refund') e.promisedAt = at - Math.floor((rng.next() - 0.5) * 10 * DAY);
      if (kind === 'contact' && rng.next() < 0.8) e.orderId = `o${c % 7}`;
      if (kind === 'response') e.minutes = rng.nextUint32() % 2000;
      if (kind === 'review') e.rating = 1 + (rng.nextUint32() % 5);
      if (kind === 'nps') e.score = rng.nextUint32() % 12; // 11: rejected
      if (kind === 'csat') e.score = 1 + (rng.nextUint32() % 5);
      if (kind === 'effort') e.score = 1 + (rng.nextUint32() % 7);
      if (kind === 'delivery') Object.assign(e, { promisedAt: at, deliveredAt: at + Math.floor((rng.next() - 0.6) * 4 * DAY) });
      if (kind === 'warranty') e.weight = -0.75;
      if (kind === 'message' || (['complaint', 'review', 'nps'].includes(kind) && rng.next() < 0.5)) e.text = texts[rng.nextUint32() % texts.length];
      if (rng.next() < 0.05) e.id = `e${rng.nextUint32() % 50}`;
      mixed.push(e);
      if (rng.next() < 0.02) mixed.push({ customerId, at: 'yesterday', kind: 'share' });
    }
    const roles = ['member', 'contributor', 'moderator', 'ambassador', 'influencer'];
    const people = Array.from({ length: 120 }, (_, k) => ({
      customerId: k % 3 === 0 ? `c${k * 2}` : k * 2,
      segment: ['retail', 'b2b', 'vip'][k % 3],
      ...(k % 4 === 0 ? { spend: 50 * k } : {}),
      ...(k % 5 === 0 ? { followers: 10 * k, role: roles[k % 5] } : {}),
    }));
    const input = { events: mixed, profiles: people };
    const now = new Date(end).toISOString();
    const segmentOf = (r: EnergyReading) => (r.counts.events > 12 ? 'busy' : 'quiet');
    // A reader that fails on one text (each time: a text-reader-failed issue in every window).
    const picky = (t: string) => {
      if (t === 'ok') throw new Error('no');
      return scoreText(t);
    };
    const variants = [
      {},
      { duplicates: 'keep' as const, weights: { warranty: -2 }, energy: { halfLifeDays: 30 } },
      { textReader: picky, behaviour: { repeatPurchase: 0.25 } },
    ];
    for (const [v, segmented] of [[0, undefined], [0, segmentOf], [1, undefined], [2, segmentOf]] as const) {
      const extra = variants[v]!;
      const points = energyTrend(input, { now, every: { days: 10 }, windows: 6, ...extra, ...(segmented ? { segmentOf: segmented } : {}) });
      const byHand = [5, 4, 3, 2, 1, 0].flatMap((w) => {
        const at = end - w * 10 * DAY;
        const { readings } = scoreCustomers(input, { ...extra, now: at, futureEvents: 'ignore' });
        return summariseSegments(readings, { top: 0, ...(segmented ? { segmentOf: segmented } : {}) }).map((x) => ({
          at: new Date(at).toISOString(),
          segment: x.segment,
          count: x.count,
          meanEnergy: x.meanEnergy,
          netEnergyScore: x.netEnergyScore,
          sizeWeightedEnergy: x.sizeWeightedEnergy,
        }));
      });
      expect(points.filter((p) => p.count > 0)).toEqual(byHand);
      expect(points.length).toBeGreaterThanOrEqual(byHand.length);
      expect(new Set(points.map((p) => p.segment)).size).toBe(segmented ? 2 : 4); // 3 segments and the unsegmented
    }
  });
});
