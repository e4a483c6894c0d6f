import { checkCsvOptions } from './checkCsvOptions';
import { InvalidInputError } from '../errors';
import { escapeCsvCell } from './escapeCsvCell';

/** Options of {@link formatCsvRow}. */
export interface FormatCsvRowOptions {
  /** Delimiter between cells. Default `,`. */
  delimiter?: string;
}

/**
 * Format one CSV line (with a trailing `\n`). String cells go through {@link escapeCsvCell}
 * (formula-injection escaping and RFC 4180 quoting); numbers are written as `String(n)` (finite
 * numbers cannot carry a formula); `null` and `undefined` become empty cells.
 *
 * O(total length of the cells).
 *
 * @example
 * formatCsvRow(['c1', '=cmd', -0.5, null]); // "c1,'=cmd,-0.5,\n"
 */
export function formatCsvRow(
  cells: readonly (string | number | null | undefined)[],
  options: FormatCsvRowOptions = {},
): string {
  if (!Array.isArray(cells)) throw new InvalidInputError('cells must be an array', ['cells']);
  checkCsvOptions(options);
  const delimiter = options.delimiter ?? ',';
  const escOpts = { delimiter };
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += delimiter;
    const c = cells[i];
    if (c === null || c === undefined) continue;
    if (typeof c !== 'string' && typeof c !== 'number') {
      throw new InvalidInputError(`cells[${i}] must be a string, a number, null or undefined`, ['cells', i]);
    }
    out += typeof c === 'number' ? (Number.isFinite(c) ? String(c) : '') : escapeCsvCell(c, escOpts);
  }
  return `${out}\n`;
}
