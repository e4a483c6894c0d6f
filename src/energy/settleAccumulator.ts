import type { ResolvedScoreOptions } from './resolveScoreOptions';
import type { Candidate, CustomerAccumulator } from './accumulator';
import { fixedPoint } from './fixedPoint';

/**
 * Apply what is known only once every event is in: the customer's oldest purchase is their first
 * (weight `weights.purchase` instead of `repeatPurchase`), and n contacts about one order each
 * weigh contact × min(cap, 1 + step × (n − 1)). Both are functions of the whole set of events,
 * never of their order. O(contact groups + contributions kept).
 *
 * @example
 * settleAccumulator(acc, resolved, compareCandidates(60));
 */
export function settleAccumulator(
  acc: CustomerAccumulator,
  opts: ResolvedScoreOptions,
  compare: (a: Candidate, b: Candidate) => number,
): void {
  const b = opts.behaviour;
  const limit = opts.energy.contributions;
  if (acc.purchases > 0) {
    const first = b.weights.purchase ?? 0;
    const d = acc.oldestPurchaseDecay;
    acc.removeBehaviour('purchase', fixedPoint(b.repeatPurchase * d));
    acc.addBehaviour('purchase', fixedPoint(first * d));
    let marked = false;
    for (const c of acc.top) {
      if (!marked && c.kind === 'purchase' && c.atMs === acc.oldestPurchaseAt) {
        marked = true;
        c.first = true;
        c.weight += first - b.repeatPurchase;
        c.decayedWeight = fixedPoint(first * c.decay);
        c.label = undefined;
      }
    }
    if (marked) acc.top.sort(compare);
  }
  if (acc.contacts !== null) {
    const single = b.weights.contact ?? 0;
    const { step, cap } = b.contactRepeat;
    for (const [key, g] of acc.contacts) {
      const m = key === '' ? 1 : Math.min(cap, 1 + step * (g.count - 1));
      const dw = fixedPoint(single * m * g.decaySum);
      acc.addBehaviour('contact', dw);
      const record: Record<string, unknown> = {};
      if (key !== '') record.orderId = g.orderId;
      acc.offer(
        {
          kind: 'contact',
          atMs: g.lastAt,
          count: g.count,
          weight: single * m * g.count,
          decayedWeight: dw,
          decay: Number.NaN,
          record,
          textEnergy: undefined,
        },
        limit,
        compare,
      );
    }
  }
}
