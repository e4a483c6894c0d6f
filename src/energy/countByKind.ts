import { EVENT_KINDS, type EventKind } from '../behaviour/schema';
import { countAt } from './customerTable';

const code = (kind: EventKind): number => EVENT_KINDS.indexOf(kind);
const CANCELLATION = countAt(code('cancellation'));
const COMPLAINT = countAt(code('complaint'));
const CONTACT = countAt(code('contact'));
const CSAT = countAt(code('csat'));
const DELIVERY = countAt(code('delivery'));
const EFFORT = countAt(code('effort'));
const MESSAGE = countAt(code('message'));
const NPS = countAt(code('nps'));
const PURCHASE = countAt(code('purchase'));
const REFERRAL = countAt(code('referral'));
const REFUND = countAt(code('refund'));
const RESPONSE = countAt(code('response'));
const RETURN = countAt(code('return'));
const REVIEW = countAt(code('review'));
const SHARE = countAt(code('share'));
const UNSUBSCRIBE = countAt(code('unsubscribe'));

/** A whole count as a small integer (stored unboxed in an object, unlike a double). */
const smi = (n: number): number => (n <= 0x7fffffff ? n | 0 : n);

/** Events per kind: every built-in kind (0 when none), then kinds of your own. */
export type CountsByKind = Record<EventKind, number> & Record<string, number>;

/**
 * A reading's `counts.byKind`: every built-in kind, in name order, with its count (0 when the
 * customer has none), so all readings have the same keys (the same columns in a table, one hidden
 * class in memory, built as one literal); then the kinds of your own the customer has, in name
 * order. Counts are small integers. O(kinds).
 *
 * @example
 * countByKind(row, offset, undefined).contact; // 2
 * countByKind(row, offset, new Map([['webinar', 1]])).webinar; // 1
 */
export function countByKind(
  st: number[],
  r: number,
  custom: ReadonlyMap<string, number> | undefined,
): CountsByKind {
  // One literal (its keys in name order; a test checks they are EVENT_KINDS, sorted).
  const byKind: CountsByKind = {
    cancellation: smi(st[r + CANCELLATION]!),
    complaint: smi(st[r + COMPLAINT]!),
    contact: smi(st[r + CONTACT]!),
    csat: smi(st[r + CSAT]!),
    delivery: smi(st[r + DELIVERY]!),
    effort: smi(st[r + EFFORT]!),
    message: smi(st[r + MESSAGE]!),
    nps: smi(st[r + NPS]!),
    purchase: smi(st[r + PURCHASE]!),
    referral: smi(st[r + REFERRAL]!),
    refund: smi(st[r + REFUND]!),
    response: smi(st[r + RESPONSE]!),
    return: smi(st[r + RETURN]!),
    review: smi(st[r + REVIEW]!),
    share: smi(st[r + SHARE]!),
    unsubscribe: smi(st[r + UNSUBSCRIBE]!),
  };
  if (custom !== undefined) {
    for (const name of [...custom.keys()].sort()) {
      // defineProperty: a kind of your own may be called '__proto__'.
      Object.defineProperty(byKind, name, { value: custom.get(name)!, enumerable: true, writable: true, configurable: true });
    }
  }
  return byKind;
}
