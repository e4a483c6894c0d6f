import type { CustomerTable } from './customerTable';

/**
 * The table's rows in customer id order: numeric ids first, numerically, then text ids in code
 * unit order (as compareCustomerKeys). Numeric ids are sorted as a Float64Array (native numeric
 * sort, no comparator call per pair) and mapped back to their rows; ids are unique per row.
 * O(customers log customers).
 *
 * @example
 * orderRows(table); // Int32Array [row of 1, row of 7, row of 'ann', row of 'bob']
 */
export function orderRows(t: CustomerTable): Int32Array {
  const n = t.n;
  const ids = t.idNumber;
  const numbers = new Float64Array(n);
  const texts: number[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = ids[i]!;
    if (v === v) numbers[count++] = v;
    else texts.push(i);
  }
  const sorted = numbers.subarray(0, count).sort();
  const out = new Int32Array(n);
  for (let j = 0; j < count; j++) out[j] = t.find(sorted[j]!);
  const keys = t.keys;
  texts.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  for (let j = 0; j < texts.length; j++) out[count + j] = texts[j]!;
  return out;
}
