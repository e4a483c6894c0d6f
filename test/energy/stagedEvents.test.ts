import { describe, expect, it } from 'vitest';
import { createCustomerScorer } from '../../src/energy/createCustomerScorer';
import { BATCH } from '../../src/energy/stagedEvents';

const NOW = Date.UTC(2026, 2, 3);

describe('events are folded in batches', () => {
  // n referrals just now (decay 1, weight 1.5 each): S = 1.5n, energy = S / √(S² + 4) (alpha 4),
  // counts.events = n. A batch of BATCH events folds when full; finish() folds the rest.
  for (const n of [1, BATCH - 1, BATCH, BATCH + 1, 2 * BATCH + 3]) {
    it(`folds every one of ${n} events (batch of ${BATCH}), none lost or twice at a boundary`, () => {
      const scorer = createCustomerScorer({ now: NOW });
      for (let j = 0; j < n; j++) expect(scorer.add({ customerId: 'ann', at: NOW, kind: 'referral' })).toBeUndefined();
      const [r] = scorer.finish().readings;
      const s = 1.5 * n;
      expect(r!.counts.events).toBe(n);
      expect(r!.signal).toBe(s);
      expect(r!.energy).toBeCloseTo(s / Math.sqrt(s * s + 4), 12);
    });
  }

  it('answers each add with its own issue at once, before its batch is folded', () => {
    const scorer = createCustomerScorer({ now: NOW });
    for (let j = 0; j < BATCH + 10; j++) {
      const issue = scorer.add({ customerId: j % 7, at: NOW, kind: 'nps', score: j % 13 });
      // Scores 11 and 12 are out of range: rejected at add, with this event's index.
      if (j % 13 > 10) expect(issue).toMatchObject({ code: 'out-of-range', index: j });
      else expect(issue).toBeUndefined();
    }
    const { stats, readings } = scorer.finish();
    const bad = Array.from({ length: BATCH + 10 }, (_, j) => j).filter((j) => j % 13 > 10).length;
    expect(stats.events).toEqual({ read: BATCH + 10, used: BATCH + 10 - bad, rejected: bad, ignored: 0 });
    expect(readings.reduce((a, r) => a + r.counts.events, 0)).toBe(BATCH + 10 - bad);
  });

  it('finishEach folds the last partial batch before the first reading', () => {
    const scorer = createCustomerScorer({ now: NOW });
    scorer.add({ customerId: 1, at: NOW, kind: 'cancellation' });
    const [r] = [...scorer.finishEach().readings];
    expect(r!.counts.events).toBe(1);
    expect(r!.polarity).toBe('negative');
  });
});
