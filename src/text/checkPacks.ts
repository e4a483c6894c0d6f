import { InvalidOptionError } from '../errors';
import type { LanguagePack } from './languagePack';

const NO_PACKS: readonly LanguagePack[] = [];

/**
 * The `packs` option of scoreText and detectLanguage, checked: an array of packs, each with a
 * non-empty code, its word, phrase and booster Maps and its negator and contrast Sets; misuse
 * throws InvalidOptionError with the pack's index and field. O(packs).
 *
 * @example
 * checkPacks(undefined); // []
 * checkPacks([null]); // throws: a pack needs a non-empty string code (['options', 'packs', 0, 'code'])
 */
export function checkPacks(packs: unknown): readonly LanguagePack[] {
  if (packs === undefined) return NO_PACKS;
  if (!Array.isArray(packs)) throw new InvalidOptionError('options.packs must be an array of LanguagePacks', ['options', 'packs']);
  packs.forEach((p: unknown, i) => {
    const pack = p as Partial<LanguagePack> | null;
    if (typeof pack !== 'object' || pack === null || typeof pack.code !== 'string' || pack.code === '') {
      throw new InvalidOptionError('a pack needs a non-empty string code', ['options', 'packs', i, 'code']);
    }
    for (const field of ['words', 'phrases', 'boosters'] as const) {
      if (!(pack[field] instanceof Map)) throw new InvalidOptionError(`pack.${field} must be a Map`, ['options', 'packs', i, field]);
    }
    for (const field of ['negators', 'contrastAfter', 'contrastBefore'] as const) {
      if (!(pack[field] instanceof Set)) throw new InvalidOptionError(`pack.${field} must be a Set`, ['options', 'packs', i, field]);
    }
  });
  return packs as readonly LanguagePack[];
}
