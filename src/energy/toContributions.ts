import type { Candidate } from './candidate';
import type { FinishCache } from './finishReading';
import { formatIso } from './formatIso';
import { labelContribution } from './labelContribution';
import type { Contribution } from './schema';

/** A whole count as a small integer (stored unboxed in an object, unlike a double). */
const smi = (n: number): number => (n <= 0x7fffffff ? n | 0 : n);

/**
 * The kept candidates of a reading as `Contribution`s, labelled, in order. The usual shapes (no
 * extra field, or an order id only) are built as one literal each, so they are allocated whole
 * rather than grown a field at a time. O(candidates + excerpt lengths).
 *
 * @example
 * toContributions(candidates, 60, { days: new Map(), labels: new Map() });
 */
export function toContributions(candidates: readonly Candidate[], excerptLength: number, cache: FinishCache): Contribution[] {
  const out = new Array<Contribution>(candidates.length);
  for (let j = 0; j < candidates.length; j++) {
    const c = candidates[j]!;
    const r = (c.record ?? {}) as Record<string, unknown>;
    const at = formatIso(c.atMs, cache.days);
    const label = labelContribution(c, excerptLength, cache.labels);
    const id = r.id;
    const orderId = r.orderId as string | number | undefined;
    if (c.excerpt === undefined && c.textEnergy === undefined && id === undefined) {
      out[j] =
        orderId === undefined
          ? { kind: c.kind, at, count: smi(c.count), weight: c.weight, decayedWeight: c.decayedWeight, label }
          : { kind: c.kind, at, count: smi(c.count), weight: c.weight, decayedWeight: c.decayedWeight, label, orderId };
      continue;
    }
    const o: Contribution = { kind: c.kind, at, count: smi(c.count), weight: c.weight, decayedWeight: c.decayedWeight, label };
    if (c.excerpt !== undefined) o.excerpt = c.excerpt;
    if (c.textEnergy !== undefined) o.textEnergy = c.textEnergy;
    if (id !== undefined) o.eventId = id as string | number;
    if (orderId !== undefined) o.orderId = orderId;
    out[j] = o;
  }
  return out;
}
