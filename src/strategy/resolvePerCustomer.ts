import type { CompactGraph } from '../graph/CompactGraph';
import { InvalidOptionError } from '../errors';
import { idKey } from '../ids';
import type { CustomerAccessor } from './resolveCandidates';

/**
 * Read a non-negative (or, with `positive`, strictly positive) finite number per customer; with
 * `only`, per customer whose mask is 1 (the others are not asked and get `fill`). O(customers).
 */
export function resolvePerCustomer(
  graph: CompactGraph,
  accessor: CustomerAccessor,
  path: (string | number)[],
  positive: boolean,
  only: Uint8Array | null = null,
  fill = 0,
): Float64Array {
  if (typeof accessor !== 'function') throw new InvalidOptionError('must be a function (customerId, index) => number', path);
  const n = graph.order;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (only !== null && only[i] !== 1) {
      out[i] = fill;
      continue;
    }
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
