import { EVENT_KINDS } from '../behaviour/schema';
import type { BehaviourDefaults } from '../behaviour/defaults';
import type { Candidate } from './candidate';
import { F, countAt, type CustomerTable } from './customerTable';
import { fixedPoint } from './fixedPoint';

const PURCHASE = EVENT_KINDS.indexOf('purchase');
const CONTACT = EVENT_KINDS.indexOf('contact');

/**
 * Apply to row i the two rules that need the customer's whole history, once every event is in:
 * the oldest purchase is the first (weight `weights.purchase`, not `repeatPurchase`), and the n
 * contacts about one order each weigh contact × min(cap, 1 + step × (n − 1)) (a contact without
 * an order weighs contact). With `candidates` (the row's kept contributions, k > 0), the first
 * purchase's is re-weighted and each contact group is offered as one. Call once per row, before
 * reading its sums. O(contact groups of the row + candidates).
 *
 * @example
 * settleRow(table, row, BEHAVIOUR_DEFAULTS, null); // the row's signal now holds every rule
 */
export function settleRow(t: CustomerTable, i: number, b: BehaviourDefaults, candidates: Candidate[] | null): void {
  const st = t.rows(i);
  const r = t.base(i);
  if (st[r + countAt(PURCHASE)]! > 0) {
    const first = b.weights.purchase ?? 0;
    const d = st[r + F.oldestPurchaseDecay]!;
    t.addBehaviour(i, PURCHASE, fixedPoint(b.repeatPurchase * d), -1);
    t.addBehaviour(i, PURCHASE, fixedPoint(first * d), 1);
    if (candidates !== null) {
      const oldest = st[r + F.oldestPurchaseAt]!;
      let c: Candidate | undefined;
      for (let j = 0; j < candidates.length && c === undefined; j++) {
        if (candidates[j]!.kind === 'purchase' && candidates[j]!.atMs === oldest) c = candidates[j];
      }
      if (c !== undefined) {
        c.first = true;
        c.weight += first - b.repeatPurchase;
        c.decayedWeight = fixedPoint(first * d); // d: the decay of the oldest purchase, as when it was read
      }
    }
  }
  const single = b.weights.contact ?? 0;
  for (let g = st[r + F.groupHead]! - 1; g >= 0; g = t.gNext[g]!) {
    const orderId = t.gOrder[g];
    const n = t.gCount[g]!;
    const m = orderId === undefined ? 1 : Math.min(b.contactRepeat.cap, 1 + b.contactRepeat.step * (n - 1));
    const dw = fixedPoint(single * m * t.gDecay[g]!);
    t.addBehaviour(i, CONTACT, dw, 1);
    if (candidates !== null) {
      candidates.push({
        kind: 'contact',
        atMs: t.gLast[g]!,
        count: n,
        weight: single * m * n,
        decayedWeight: dw,
        record: orderId === undefined ? {} : { orderId },
        textEnergy: undefined,
        first: false,
        label: undefined,
        excerpt: undefined,
      });
    }
  }
}
