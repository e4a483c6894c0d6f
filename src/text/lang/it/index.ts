import type { LanguagePack } from '../../languagePack';

/**
 * The built-in Italian pack. PLACEHOLDER until the Italian lexicon lands: the export name `itPack`
 * is the contract the text engine imports.
 */
export const itPack: LanguagePack = {
  code: 'it',
  words: new Map(),
  phrases: new Map(),
  negators: new Set(['non', 'mai', 'nessuno', 'niente']),
  boosters: new Map(),
  contrastAfter: new Set(['ma', 'però', 'tuttavia']),
  contrastBefore: new Set(['anche se']),
};
