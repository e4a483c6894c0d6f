import { InvalidOptionError } from '../errors';
import { mergeOverrides, type Overrides } from '../mergeOverrides';
import { TIE_DEFAULTS, type TieDefaults } from './defaults';
import { TIE_KINDS } from './schema';

/**
 * {@link TIE_DEFAULTS} with a caller's overrides merged in key by key, so `{ kindStrength: { work:
 * 'strong' } }` keeps the other kinds' default strengths. Throws InvalidOptionError with the path
 * for an unknown key, a chance outside [0, 1] or a kind strength other than 'strong' / 'weak'. O(1).
 *
 * @example
 * resolveTieDefaults({ kindStrength: { work: 'strong' } }).kindStrength.kin; // 'strong' (default kept)
 */
export function resolveTieDefaults(override: Overrides<TieDefaults> | undefined): TieDefaults {
  const ties = mergeOverrides<TieDefaults>(TIE_DEFAULTS, override, ['options', 'tieDefaults']);
  for (const key of ['strong', 'weak'] as const) {
    const v = ties[key];
    if (!(typeof v === 'number' && v >= 0 && v <= 1)) {
      throw new InvalidOptionError(`tieDefaults.${key} must be in [0, 1]`, ['options', 'tieDefaults', key]);
    }
  }
  for (const kind of TIE_KINDS) {
    const v = ties.kindStrength[kind];
    if (v !== 'strong' && v !== 'weak') {
      throw new InvalidOptionError(`tieDefaults.kindStrength.${kind} must be 'strong' or 'weak'`, ['options', 'tieDefaults', 'kindStrength', kind]);
    }
  }
  return ties;
}
