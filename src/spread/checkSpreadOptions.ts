import { checkOptionNames } from '../checkOptionNames';
import { InvalidOptionError, MissingOptionError } from '../errors';
import { SPREAD_MODELS, SimulateSpreadOptionsSchema, type SimulateSpreadOptions } from './schema';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Check the scalar options of `simulateSpread` and throw a named error with the option's path on
 * misuse (an unknown option name, no seed, runs 0 or NaN, maxRounds −1, an unknown model, a knob out
 * of range). O(options).
 *
 * @example
 * checkSpreadOptions({ seed: 1, runs: 0 }); // throws InvalidOptionError at ['options', 'runs']
 */
export function checkSpreadOptions(options: SimulateSpreadOptions): void {
  if (options === null || typeof options !== 'object') {
    throw new MissingOptionError('options with a seed are required', ['options']);
  }
  // A misspelt option ('run', 'negativeBias') would otherwise run on its default.
  checkOptionNames(options, Object.keys(SimulateSpreadOptionsSchema.shape));
  const { seed, runs, model, maxRounds, negativityBias, levelWeight, sizeExponent, unknownOrigins } = options;
  if (seed === undefined) throw new MissingOptionError('options.seed is required: same seed, same result', ['options', 'seed']);
  if (!(isNum(seed) || typeof seed === 'string')) {
    throw new InvalidOptionError('seed must be a finite number or a string', ['options', 'seed']);
  }
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1 && runs < 2 ** 31)) {
    throw new InvalidOptionError('runs must be a positive integer', ['options', 'runs']);
  }
  if (model !== undefined && !SPREAD_MODELS.includes(model)) {
    throw new InvalidOptionError(`model must be one of ${SPREAD_MODELS.join(', ')}`, ['options', 'model']);
  }
  if (maxRounds !== undefined && !((Number.isInteger(maxRounds) && maxRounds >= 0) || maxRounds === Infinity)) {
    throw new InvalidOptionError('maxRounds must be a non-negative integer or Infinity', ['options', 'maxRounds']);
  }
  if (negativityBias !== undefined && !(isNum(negativityBias) && negativityBias >= 0)) {
    throw new InvalidOptionError('negativityBias must be a finite number ≥ 0', ['options', 'negativityBias']);
  }
  if (levelWeight !== undefined && !(isNum(levelWeight) && levelWeight >= 0 && levelWeight <= 1)) {
    throw new InvalidOptionError('levelWeight must be in [0, 1]', ['options', 'levelWeight']);
  }
  if (sizeExponent !== undefined && !(isNum(sizeExponent) && sizeExponent >= 0)) {
    throw new InvalidOptionError('sizeExponent must be a finite number ≥ 0', ['options', 'sizeExponent']);
  }
  if (unknownOrigins !== undefined && unknownOrigins !== 'throw' && unknownOrigins !== 'reject') {
    throw new InvalidOptionError("unknownOrigins must be 'throw' or 'reject'", ['options', 'unknownOrigins']);
  }
}
