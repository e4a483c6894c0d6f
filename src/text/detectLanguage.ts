import { checkOptionNames } from '../checkOptionNames';
import { InvalidOptionError } from '../errors';
import { checkPacks } from './checkPacks';
import { candidatesFor, detectionVocabulary, unspacedLanguage } from './engine/candidates';
import { DETECT_SAMPLE, languageOfTokens, scriptOf } from './engine/detectInternals';
import type { LanguagePack } from './languagePack';
import { tokeniseSpaced } from './tokenise/tokeniseSpaced';

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /** Extra packs to consider (their `functionWords`, else their lexicon, decide among spaced scripts). */
  readonly packs?: readonly LanguagePack[];
}

/**
 * Detect the language of a customer text: Han script → `zh` (simplified and traditional);
 * Latin (or other spaced) script → the pack whose function words occur most (`en`, `it`,
 * registered packs' `functionWords`), then the one whose lexicon knows most words; nothing
 * recognised → `und`. Mixed text: the dominant script (a Han character weighs as three Latin
 * letters), then the dominant language. Kana or hangul text → the one registered `cjk` pack other
 * than `zh`, if any. Only the first 20,000 UTF-16 units are read. Never
 * throws (a non-string gives `und`). O(min(n, 20,000)).
 *
 * @example
 * detectLanguage('The delivery was late'); // 'en'
 * detectLanguage('这个手机很好用');           // 'zh'
 * detectLanguage("Non lo consiglio, l'assistenza è pessima"); // 'it'
 * detectLanguage('Das ist gut');            // 'und'
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): string {
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options must be an object', ['options']);
  checkOptionNames(options, ['packs']);
  const packs = checkPacks(options.packs);
  if (typeof text !== 'string') return 'und';
  const sample = text.length > DETECT_SAMPLE ? text.slice(0, DETECT_SAMPLE) : text;
  const script = scriptOf(sample);
  if (script === 'han') return 'zh';
  if (script === 'other') return unspacedLanguage(packs);
  if (script !== 'spaced') return 'und';
  const tokens = tokeniseSpaced(sample, { vocabulary: detectionVocabulary(), apostrophe: 'contraction' });
  return languageOfTokens(tokens, candidatesFor(packs), sample);
}
