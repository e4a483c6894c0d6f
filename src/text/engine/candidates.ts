import { BUILTIN_PACKS } from '../builtinPacks';
import { enPack } from '../lang/en/index';
import { EN_FUNCTION_WORDS } from '../lang/en/functionWords';
import type { LanguagePack } from '../languagePack';
import { compilePack } from './compilePack';
import type { Candidate } from './detectInternals';

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
/** Spaced-script candidates: built-ins, replaced or joined by registered packs (same code replaces). */
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

/** The words every detection is tokenised against (the English pack's; fixed, so detection never depends on options). */
export function detectionVocabulary(): ReadonlySet<string> {
  return compilePack(enPack).vocabulary;
}

