const canonicalNumber = (k: string): number => {
  const n = Number(k);
  return k !== '' && Number.isFinite(n) && String(n) === k ? n : Number.NaN;
};

/**
 * The order readings come out in: numeric ids numerically (2 before 10), then other ids by code
 * unit. A total order on keys, so output never depends on input order.
 *
 * @example
 * ['10', 'b', '2', 'a'].sort(compareCustomerKeys); // ['2', '10', 'a', 'b']
 */
export function compareCustomerKeys(a: string, b: string): number {
  const na = canonicalNumber(a);
  const nb = canonicalNumber(b);
  const fa = na === na;
  const fb = nb === nb;
  if (fa && fb) return na - nb;
  if (fa !== fb) return fa ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
