import type { CompactGraph } from '../graph/CompactGraph';
import { InvalidOptionError, UnknownCustomerError } from '../errors';
import { type CustomerId, idKey } from '../ids';

/** Who may be picked: a list (or Set) of ids, or a predicate on (id, index). */
export type CandidateFilter = Iterable<CustomerId> | ((customerId: CustomerId, index: number) => boolean);

/** A number per customer, read through an accessor (d3 style). */
export type CustomerAccessor = (customerId: CustomerId, index: number) => number;

/**
 * The pickable customers as a 0/1 mask (null: everyone) and their count. An id the graph does
 * not know is misuse (UnknownCustomerError). O(customers).
 */
export function resolveCandidates(
  graph: CompactGraph,
  filter: CandidateFilter | undefined,
  path: (string | number)[],
): { allowed: Uint8Array | null; count: number } {
  const n = graph.order;
  if (filter === undefined) return { allowed: null, count: n };
  const allowed = new Uint8Array(n);
  let count = 0;
  if (typeof filter === 'function') {
    for (let i = 0; i < n; i++) {
      if (filter(graph.ids[i]!, i) === true) {
        allowed[i] = 1;
        count++;
      }
    }
    return { allowed, count };
  }
  if (filter === null || typeof (filter as Iterable<CustomerId>)[Symbol.iterator] !== 'function') {
    throw new InvalidOptionError('candidates must be ids (array or Set) or a predicate', path);
  }
  let at = 0;
  for (const id of filter) {
    const i = graph.indexOf(id);
    if (i < 0) throw new UnknownCustomerError(`candidate ${idKey(id)} is not in the graph`, [...path, at]);
    at++;
    if (allowed[i] === 0) {
      allowed[i] = 1;
      count++;
    }
  }
  return { allowed, count };
}
