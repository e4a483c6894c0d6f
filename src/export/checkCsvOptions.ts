import { InvalidOptionError } from '../errors';

/**
 * Throw InvalidOptionError unless `options` is an object whose `delimiter`, when given, is one
 * character other than a quote or a line break (the cells would not read back otherwise). O(1).
 *
 * @example
 * checkCsvOptions({ delimiter: ';' }); // ok; checkCsvOptions({ delimiter: '""' }) throws
 */
export function checkCsvOptions(options: unknown): void {
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options must be an object', ['options']);
  const d = (options as { delimiter?: unknown }).delimiter;
  if (d !== undefined && !(typeof d === 'string' && d.length === 1 && d !== '"' && d !== '\n' && d !== '\r')) {
    throw new InvalidOptionError('delimiter must be one character other than a quote or a line break', ['options', 'delimiter']);
  }
}
