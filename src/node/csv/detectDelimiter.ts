import { InvalidInputError } from '../../errors';
/** Delimiters `scoreCsv` detects, in order of preference on a tie. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Pick the delimiter of a CSV file from its header line: the candidate (`,` `;` tab `|`) that
 * occurs most often outside quotes; comma on a tie or when none occurs (a one-column file).
 * O(length of the line).
 *
 * @example
 * detectDelimiter('kunde;kommentar;datum'); // ';'
 */
export function detectDelimiter(headerLine: string): string {
  if (typeof headerLine !== 'string') throw new InvalidInputError('headerLine must be a string', ['headerLine']);
  const counts = [0, 0, 0, 0];
  let inQuote = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine[i];
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote) {
      const k = (CSV_DELIMITERS as readonly string[]).indexOf(c!);
      if (k >= 0) counts[k]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return CSV_DELIMITERS[best]!;
}
