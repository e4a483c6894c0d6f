import { checkCsvOptions } from './checkCsvOptions';
import { InvalidInputError, InvalidOptionError } from '../errors';
/** Options of {@link escapeCsvCell}. */
export interface EscapeCsvCellOptions {
  /** The delimiter of the file being written (a cell containing it is quoted). Default `,`. */
  delimiter?: string;
  /**
   * `'formula'` (default): neutralise spreadsheet formulas (OWASP CSV injection), then quote.
   * `'quote-only'`: RFC 4180 quoting only, for cells the caller knows are not text from users.
   */
  escape?: 'formula' | 'quote-only';
}

/** A cell that is a plain decimal number is read by spreadsheets as a number, never a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Make one text cell safe to write into a CSV file that may be opened in a spreadsheet.
 *
 * Rule (OWASP "CSV Injection"): a cell whose first character is `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with a single quote `'`, so Excel, LibreOffice and Google Sheets
 * show it as text instead of evaluating it (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3+cmd|...`). A cell
 * that is a plain decimal number (`-12.5`, `+3`, `1e-3`) is left alone: spreadsheets read it as a
 * number and it cannot carry a formula. Then RFC 4180 quoting: a cell containing the delimiter, a
 * double quote, CR or LF is wrapped in double quotes, inner quotes doubled.
 *
 * Numbers we compute ourselves (energy, level, confidence) are written with `String(n)` and not
 * passed through this function.
 *
 * O(length of the cell).
 *
 * @example
 * escapeCsvCell('=1+1'); // "'=1+1"
 * escapeCsvCell('-12.5'); // '-12.5' (a number)
 * escapeCsvCell('say "hi", then go'); // '"say ""hi"", then go"'
 */
export function escapeCsvCell(value: string, options: EscapeCsvCellOptions = {}): string {
  if (typeof value !== 'string') throw new InvalidInputError('value must be a string (write numbers with formatCsvRow)', ['value']);
  checkCsvOptions(options);
  if (options.escape !== undefined && options.escape !== 'formula' && options.escape !== 'quote-only') {
    throw new InvalidOptionError("escape must be 'formula' or 'quote-only'", ['options', 'escape']);
  }
  let v = value;
  if (options.escape !== 'quote-only' && v.length > 0) {
    const c = v.charCodeAt(0);
    // = 0x3d, + 0x2b, - 0x2d, @ 0x40, tab 0x09, CR 0x0d
    if (
      (c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d) &&
      !PLAIN_NUMBER.test(v)
    ) {
      v = `'${v}`;
    }
  }
  const d = options.delimiter ?? ',';
  if (v.includes('"')) return `"${v.replaceAll('"', '""')}"`;
  if (v.includes(d) || v.includes('\n') || v.includes('\r')) return `"${v}"`;
  return v;
}
