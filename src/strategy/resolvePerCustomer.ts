import type { CompactGraph } from '../graph/CompactGraph';
import { InvalidOptionError } from '../errors';
import { idKey } from '../ids';
import type { CustomerAccessor } from './resolveCandidates';

/**
 * Read a non-negative (or, with `positive`, strictly positive) finite number per customer.
 * O(customers).
 */
export function resolvePerCustomer(
  graph: CompactGraph,
  accessor: CustomerAccessor,
  path: (string | number)[],
  positive: boolean,
): Float64Array {
  if (typeof accessor !== 'function') throw new InvalidOptionError('must be a function (customerId, index) => number', path);
  const n = graph.order;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = accessor(graph.ids[i]!, i);
    if (!(typeof v === 'number' && Number.isFinite(v) && (positive ? v > 0 : v >= 0))) {
      throw new InvalidOptionError(
        `value for customer ${idKey(graph.ids[i]!)} must be a finite number ${positive ? '> 0' : '≥ 0'}`,
        [...path, i],
      );
    }
    out[i] = v;
  }
  return out;
}
