import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCustomerScorer } from '../../src/energy/createCustomerScorer';
import { scoreCustomers } from '../../src/energy/scoreCustomers';
import { ScoreStatsSchema } from '../../src/energy/statsSchema';

const NOW = '2026-03-03T00:00:00Z';

describe('createCustomerScorer', () => {
  it('scores pushed events as scoreCustomers does, and returns each bad event at add', () => {
    const scorer = createCustomerScorer({ now: NOW });
    expect(scorer.add({ customerId: 'ann', at: '2026-03-01T09:00:00Z', kind: 'contact', orderId: 1182 })).toBeUndefined();
    expect(scorer.add({ customerId: 'ann', at: '2026-03-02T09:00:00Z', kind: 'contact', orderId: 1182 })).toBeUndefined();
    // 2026-03-04 is after now (03-03): rejected, index 2 (the third event added).
    const bad = scorer.add({ customerId: 'bob', at: '2026-03-04', kind: 'referral' });
    expect(bad).toMatchObject({ severity: 'rejected', code: 'future-event', index: 2, path: ['at'] });
    expect(scorer.add({ customerId: 'bob', at: '2026-03-01', kind: 'referral' })).toBeUndefined();
    const r = scorer.finish();
    // Two contacts about one order: a repeat contact, negative; a referral: positive.
    expect(r.readings.map((x) => [x.customerId, x.polarity])).toEqual([['ann', 'negative'], ['bob', 'positive']]);
    // read 4 = used 3 + rejected 1 + ignored 0.
    expect(ScoreStatsSchema.parse(r.stats).events).toEqual({ read: 4, used: 3, rejected: 1, ignored: 0 });
    expect(r.issues).toEqual([bad]);
  });

  it("with issues: 'return' keeps no issue but gives the same readings and stats", () => {
    const events = [
      { customerId: 1, at: '2026-03-01', kind: 'nps', score: 11 },
      { customerId: 1, at: '2026-03-01', kind: 'nps', score: 9 },
      { customerId: 2, at: '2026-03-02', kind: 'message', text: 'Never again. Awful.' },
    ];
    const a = createCustomerScorer({ now: NOW, issues: 'return' });
    const returned = events.map((e) => a.add(e)).filter((i) => i !== undefined);
    expect(a.addProfile({ customerId: 2, followers: 10 })).toBeUndefined();
    expect(a.addProfile({ customerId: 2, followers: 3 })).toMatchObject({ code: 'profile-duplicate', index: 1 });
    const ra = a.finish();
    const rb = scoreCustomers({ events, profiles: [{ customerId: 2, followers: 10 }, { customerId: 2, followers: 3 }] }, { now: NOW });
    expect(ra.issues).toEqual([]);
    expect(returned.map((i) => i.code)).toEqual([rb.issues[0]!.code]);
    expect(JSON.stringify(ra.readings)).toBe(JSON.stringify(rb.readings));
    expect(ra.stats).toEqual(rb.stats);
  });

  it('finishEach builds the same readings one at a time, with the stats complete at once', () => {
    const events = [
      { customerId: 'bob', at: '2026-03-01', kind: 'referral' },
      { customerId: 7, at: '2026-03-02', kind: 'purchase', amount: 40 },
      { customerId: 'ann', at: '2026-03-02', kind: 'message', text: 'Never again. Awful.' },
    ];
    const a = createCustomerScorer({ now: NOW });
    const b = createCustomerScorer({ now: NOW });
    for (const e of events) {
      a.add(e);
      b.add(e);
    }
    const each = a.finishEach();
    expect(each.stats.customers).toBe(3);
    const seen: unknown[] = [];
    for (const r of each.readings) seen.push(r);
    // Customer id order: numbers first, then text ids: 7, 'ann', 'bob'.
    expect(seen.map((r) => (r as { customerId: unknown }).customerId)).toEqual([7, 'ann', 'bob']);
    expect(JSON.stringify(seen)).toBe(JSON.stringify(b.finish().readings));
    expect(() => [...each.readings]).toThrow(expect.objectContaining({ code: 'E_INPUT_INVALID' }));
  });

  it('throws on misuse: a bad issues option, and add or finish after finish', () => {
    expect(() => createCustomerScorer({ now: NOW, issues: 'keep' as never })).toThrow(expect.objectContaining({ code: 'E_OPTION_INVALID' }));
    expect(() => createCustomerScorer({} as never)).toThrow(expect.objectContaining({ code: 'E_OPTION_MISSING' }));
    const s = createCustomerScorer({ now: NOW });
    s.finish();
    expect(() => s.add({ customerId: 1, at: NOW, kind: 'purchase', amount: 5 })).toThrow(expect.objectContaining({ code: 'E_INPUT_INVALID' }));
    expect(() => s.finish()).toThrow(expect.objectContaining({ code: 'E_INPUT_INVALID' }));
  });

  it('pushing events one by one in any chunking equals scoreCustomers over the array (property)', () => {
    const event = fc.record({
      customerId: fc.constantFrom(1, 2, '2', 'ann', 'bob', ''),
      at: fc.constantFrom('2026-01-01', '2026-02-20T10:00:00Z', '2026-03-02', '2026-03-09', 'not a date'),
      kind: fc.constantFrom('purchase', 'refund', 'contact', 'message', 'nps', 'review', 'referral', 'warranty-claim'),
      amount: fc.constantFrom(undefined, 0, 19.99, 250),
      score: fc.constantFrom(undefined, 0, 7, 10, 11),
      rating: fc.constantFrom(undefined, 1, 5),
      text: fc.constantFrom(undefined, 'Great, thanks!', 'Terrible. Never again.', '服务太差了'),
      orderId: fc.constantFrom(undefined, 1, 2),
    }, { requiredKeys: ['customerId', 'at', 'kind'] });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const s = createCustomerScorer({ now: NOW });
        const returned = events.map((e) => s.add(e)).filter((i) => i !== undefined);
        const a = s.finish();
        const b = scoreCustomers({ events }, { now: NOW });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(returned).toEqual(b.issues);
      }),
      { numRuns: 40 },
    );
  });
});
