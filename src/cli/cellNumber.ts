const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A CSV cell as a number: `undefined` when empty, NaN when it is not a plain decimal number
 * (`Number()` would read `0x1` as 1 and `' '` as 0). The library then judges the value.
 *
 * @example
 * cellNumber(' 0.5 '); // 0.5
 * cellNumber('0x1'); // NaN
 */
export function cellNumber(cell: string | undefined): number | undefined {
  const s = cell?.trim() ?? '';
  return s === '' ? undefined : DECIMAL.test(s) ? Number(s) : Number.NaN;
}
