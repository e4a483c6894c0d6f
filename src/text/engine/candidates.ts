import { BUILTIN_PACKS } from '../builtinPacks';
import { enPack } from '../lang/en/index';
import { EN_FUNCTION_WORDS } from '../lang/en/functionWords';
import type { LanguagePack } from '../languagePack';
import { compilePack, slotOf, type CompiledPack, type Slot } from './compilePack';
import { masksOf, type Candidate } from './detectInternals';

/**
 * Built-in Italian function words (stated reasoning: the most frequent Italian words that are not
 * English words); a registered `it` pack's own `functionWords` are used instead when given.
 */
const IT_FUNCTION_WORDS = new Set([
  'il', 'lo', 'la', 'gli', 'le', 'di', 'che', 'e', 'è', 'non', 'per', 'un', 'una', 'sono', 'del', 'della', 'mi',
  'ma', 'con', 'ho', 'si', 'ci', 'più', 'anche', 'questo', 'questa', 'molto', 'nel', 'alla', 'al', 'perché', 'cosa',
  'ancora', 'sempre', 'io', 'hanno', 'ha', 'essere', 'fatto', 'dei', 'delle', 'dal', 'sul', 'della', "l'", "dell'",
  "c'", "un'", 'sei', 'siamo', 'mai', 'niente', 'tutto', 'tutti', 'ora', 'oggi', 'grazie', 'però', 'quando', 'dove',
]);
const BUILTIN_HINTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', new Set(EN_FUNCTION_WORDS)],
  ['it', IT_FUNCTION_WORDS],
]);
/**
 * Spaced-script candidates: built-ins, replaced or joined by registered packs (same code replaces).
 *
 * @example
 * candidatesFor([]).map((c) => c.pack.code); // ['en', 'it']
 */
export function candidatesFor(registered: readonly LanguagePack[]): readonly Candidate[] {
  if (registered.length === 0 && builtinCandidates !== undefined) return builtinCandidates;
  const byCode = new Map(BUILTIN_PACKS);
  for (const p of registered) byCode.set(p.code, p);
  const out: Candidate[] = [];
  for (const pack of byCode.values()) {
    if (pack.tokeniser === 'cjk' || (pack.tokeniser === undefined && pack.code === 'zh')) continue;
    out.push({ pack, hints: pack.functionWords ?? BUILTIN_HINTS.get(pack.code) });
  }
  if (registered.length === 0) builtinCandidates = out;
  return out;
}

let builtinCandidates: readonly Candidate[] | undefined;

/**
 * The words every detection is tokenised against (the English pack's; fixed, so detection never
 * depends on options).
 *
 * @example
 * detectionVocabulary().has('good'); // true
 */
export function detectionVocabulary(): ReadonlySet<string> {
  return detectionPack().vocabulary;
}

let detection: CompiledPack | undefined;
let english: CompiledPack | undefined;

/**
 * The built-in English pack, compiled without overrides (what the detection pass scores).
 *
 * @example
 * englishPack().lookup.get('good')?.entry?.valence; // 1.9
 */
export function englishPack(): CompiledPack {
  return (english ??= compilePack(enPack));
}

/**
 * The English compiled pack with the built-in candidates' function-word masks added to its slots
 * (Italian function words as slots of their own): one pass of `readUnits` over it both scores
 * English and counts the detection votes. Same vocabulary object as the English pack.
 *
 * @example
 * detectionPack().lookup.get('il')?.detect; // 2 (bit of the `it` candidate)
 */
export function detectionPack(): CompiledPack {
  if (detection !== undefined) return detection;
  const en = englishPack();
  const lookup = new Map<string, Slot>(en.lookup);
  for (const [word, mask] of masksOf(candidatesFor([]))) {
    const slot = lookup.get(word);
    lookup.set(word, slotOf(slot?.entry, slot?.marker, slot?.multi, mask));
  }
  detection = { ...en, lookup };
  return detection;
}

/**
 * The language of unspaced non-Han text (kana, hangul): the one registered `cjk` pack other than
 * `zh`, when there is exactly one; else `und`.
 *
 * @example
 * unspacedLanguage([jaPack]); // 'ja'
 */
export function unspacedLanguage(registered: readonly LanguagePack[]): string {
  const cjk = registered.filter((p) => p.tokeniser === 'cjk' && p.code !== 'zh');
  return cjk.length === 1 ? (cjk[0] as LanguagePack).code : 'und';
}
