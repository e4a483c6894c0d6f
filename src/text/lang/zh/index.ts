import type { LanguagePack } from '../../languagePack';

/**
 * The built-in Chinese pack (simplified and traditional). PLACEHOLDER until the Chinese lexicon
 * lands: the export name `zhPack` is the contract the text engine imports.
 */
export const zhPack: LanguagePack = {
  code: 'zh',
  words: new Map(),
  phrases: new Map(),
  negators: new Set(['不', '没', '没有', '别', '未', '无', '毫不']),
  boosters: new Map(),
  contrastAfter: new Set(['但是', '可是', '不过', '然而']),
  contrastBefore: new Set(['虽然']),
};
