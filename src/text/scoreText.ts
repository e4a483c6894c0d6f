import { InvalidInputError, InvalidOptionError } from '../errors';
import { BUILTIN_PACKS } from './builtinPacks';
import { TEXT_DEFAULTS } from './defaults';
import { candidatesFor, detectionPack, detectionVocabulary, englishPack, unspacedLanguage } from './engine/candidates';
import { best, languageOfTokens, scriptOf, zeros } from './engine/detectInternals';
import { lexicalVoteScan } from './engine/lexicalVoteScan';
import { applyRules, type RuleEvidence } from './engine/applyRules';
import { compilePack, type CompiledPack } from './engine/compilePack';
import { overridesFor, type WordsOption } from './engine/parseWords';
import { readScanned } from './engine/readScanned';
import { readUnits, type Unit } from './engine/readUnits';
import { summariseEvidence } from './engine/summariseEvidence';
import type { LanguagePack } from './languagePack';
import { checkPacks } from './checkPacks';
import type { TextReading } from './schema';
import { tokeniseCjk } from './tokenise/cjk';
import { forEachPiece } from './tokenise/forEachPiece';
import type { Scan } from './tokenise/scanAccess';
import { asciiScript } from './tokenise/textCodes';
import { scanSpaced } from './tokenise/scanSpaced';
import { tokeniseSpaced } from './tokenise/tokeniseSpaced';

export type { WordsOption, WordValue } from './engine/parseWords';

/** Options of {@link scoreText}. Nothing here mutates global state; compiled overlays are cached by identity. */
export interface ScoreTextOptions {
  /** Language code (`en`, `zh`, `it`, or a registered one); detected when absent. */
  language?: string;
  /** Extra language packs for this call (a pack with a built-in code replaces the built-in one). */
  packs?: readonly LanguagePack[];
  /**
   * Words to add or override for this call: `{ refund: -1 }` (every language; a key with spaces
   * is a phrase) or by language `{ zh: { 退款: -1 }, it: { rimborso: -1 } }`; a value is a valence
   * (-4 .. +4) or a `LexiconEntry` with traits and emotions. Keep the object stable across calls
   * to reuse its compiled overlay.
   */
  words?: WordsOption;
}

/** The options of a call without any (shared: never written to, no object made per call). */
const NO_OPTIONS: ScoreTextOptions = Object.freeze({});
/** Detection tokenises against the English vocabulary, keeping contractions whole (fixed: never depends on options; built on first use). */
let detectionTokens: { readonly vocabulary: ReadonlySet<string>; readonly apostrophe: 'contraction' } | undefined;

/** The rule units of a spaced text, reused from call to call (scoreText is synchronous; applyRules reads the first `unitCount`). */
let unitsBuffer: Unit[] = [];
/** Past this many units the buffer is let go after the call (a long text's units are not kept alive; stated reasoning: as the Scan's KEEP). */
const UNITS_KEEP = 4096;

/** Rules over the first `count` units of the buffer, then the buffer let go when a long text grew it. */
function rulesOverBuffer(count: number, capsDiff: boolean): RuleEvidence[] {
  const evidence = applyRules(unitsBuffer, capsDiff, count);
  if (unitsBuffer.length > UNITS_KEEP) unitsBuffer = [];
  return evidence;
}

/** The detection votes of a call without packs, reused from call to call (scoreText is synchronous; they never leave it). */
let votesBuffer: number[] = [];

/** {@link votesBuffer} zeroed for `count` candidates (no array made per call). */
function detectionVotes(count: number): number[] {
  if (votesBuffer.length !== count) votesBuffer = zeros(count);
  else for (let c = 0; c < count; c++) votesBuffer[c] = 0;
  return votesBuffer;
}

function neutral(language: string): TextReading {
  return summariseEvidence([], language);
}

/** A pack with no words: reads only emoji and emoticons (text with no letters at all). */
const SYMBOLS_ONLY: LanguagePack = {
  code: 'und-symbols', words: new Map(), phrases: new Map(), negators: new Set(), boosters: new Map(),
  contrastAfter: new Set(), contrastBefore: new Set(), tokeniser: 'spaced',
};

/** True when the text has a character other than white space (no copy, unlike trim). */
function hasContent(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200b)) return true;
  }
  return false;
}

/** The pack for a code: a registered one (the last with that code, compared case-insensitively), else a built-in one. */
function packFor(code: string, packs: readonly LanguagePack[]): LanguagePack | undefined {
  const lower = code.toLowerCase();
  for (let i = packs.length - 1; i >= 0; i--) if ((packs[i] as LanguagePack).code.toLowerCase() === lower) return packs[i];
  return BUILTIN_PACKS.get(lower);
}

/** CJK text, read piece by piece: tokens are short-lived, only units accumulate (linear, light on GC). */
function readCjk(text: string, pack: CompiledPack): Unit[] {
  const units: Unit[] = [];
  forEachPiece(text, TEXT_DEFAULTS.pieceLength, (piece, start) => {
    readUnits(tokeniseCjk(piece, pack.vocabulary, pack.maxWordLength), pack, piece, undefined, units, start);
  });
  return units;
}

/** VADER `allcap_differential`: some, but not all, words are in ALL CAPS. */
function capsDifferential(scan: Scan): boolean {
  return scan.capsWords > 0 && scan.capsWords < scan.words;
}

/**
 * Read a text's energy: signed `energy` in [-1, 1], `level`, `confidence`, traits, emotions and
 * the `evidence` that explains it (energy = x / √(x² + 15) of Σ evidence contribution; see
 * `applyRules` for the VADER-style rules and README "Text energy" for every constant).
 *
 * Language: `options.language`, else {@link detectLanguage}. An unknown language gives a neutral
 * reading with `language: 'und'` and confidence 0; so does empty or whitespace-only text. Text
 * without any letter (emoji only) is read for its emoji and emoticons, as `und`.
 *
 * Throws {@link InvalidInputError} (`E_INPUT_INVALID`) when `text` is not a string (types
 * bypassed), {@link InvalidOptionError} (`E_OPTION_INVALID`) for a malformed option.
 *
 * Runs in O(n) in the text's length (long Chinese text is segmented in pieces); lexicons are
 * compiled into Maps once per pack, per-call `words` once per `words` object.
 *
 * @example
 * scoreText("The delivery was late, but the support team was really helpful!").energy > 0; // true
 * scoreText('Still no refund. Never again.').evidence.map((e) => e.text); // ['Still no refund', 'Never again']
 * scoreText('refund please', { words: { refund: -2 } }).energy < 0; // true
 */
export function scoreText(text: string, options: ScoreTextOptions = NO_OPTIONS): TextReading {
  if (typeof text !== 'string') throw new InvalidInputError('text must be a string', ['text']);
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options must be an object', ['options']);
  const packs = checkPacks(options.packs);
  const raw = options.language;
  if (raw !== undefined && (typeof raw !== 'string' || raw.trim() === '')) {
    throw new InvalidOptionError('options.language must be a non-empty language code', ['options', 'language']);
  }
  const given = raw?.trim().toLowerCase(); // BCP 47 codes are case-insensitive
  if (!hasContent(text)) return neutral(given !== undefined && packFor(given, packs) !== undefined ? given : 'und');
  let language = given;
  let unitCount = -1; // the detection pass's English units in unitsBuffer (built-in candidates only), or -1
  let capsDiff = false;
  if (language === undefined) {
    const script = asciiScript(text) ?? scriptOf(text);
    if (script === 'han') language = 'zh';
    else if (script === 'spaced') {
      const candidates = candidatesFor(packs);
      if (packs.length === 0) {
        const votes = detectionVotes(candidates.length);
        const scan = scanSpaced(text, detectionPack(), votes);
        unitCount = readScanned(scan, detectionPack(), text, unitsBuffer);
        capsDiff = capsDifferential(scan);
        language = best(votes, candidates) ?? lexicalVoteScan(scan, text, candidates);
        // English without per-call words: the detection pass read it with the built-in English pack already
        if (language === englishPack().code && options.words === undefined) return summariseEvidence(rulesOverBuffer(unitCount, capsDiff), language);
      } else {
        const tokens = tokeniseSpaced(text, (detectionTokens ??= { vocabulary: detectionVocabulary(), apostrophe: 'contraction' }));
        language = languageOfTokens(tokens, candidates, text);
      }
    } else language = script === 'none' ? SYMBOLS_ONLY.code : unspacedLanguage(packs);
  }
  const pack = language === SYMBOLS_ONLY.code && given === undefined ? SYMBOLS_ONLY : packFor(language, packs);
  if (pack === undefined) return neutral('und');
  const compiled = compilePack(pack, overridesFor(options.words, pack.code));
  if (compiled.tokeniser === 'cjk') return summariseEvidence(applyRules(readCjk(text, compiled), false), pack.code);
  if (unitCount < 0 || compiled !== englishPack()) {
    // the detection pass scored exactly the built-in English pack; anything else is read again
    const scan = scanSpaced(text, compiled);
    unitCount = readScanned(scan, compiled, text, unitsBuffer);
    capsDiff = capsDifferential(scan);
  }
  return summariseEvidence(rulesOverBuffer(unitCount, capsDiff), pack === SYMBOLS_ONLY ? 'und' : pack.code);
}
