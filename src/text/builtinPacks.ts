import type { LanguagePack } from './languagePack';
import { enPack } from './lang/en/index';
import { itPack } from './lang/it/index';
import { zhPack } from './lang/zh/index';

/** The built-in packs, by code (a registered pack with the same code replaces one for its call). */
export const BUILTIN_PACKS: ReadonlyMap<string, LanguagePack> = new Map([
  ['en', enPack],
  ['zh', zhPack],
  ['it', itPack],
]);
