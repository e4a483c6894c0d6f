import type { LexiconEntry } from '../languagePack';
import { SYMBOLS } from '../lexicon/symbols';
import type { Token } from '../token';
import type { CompiledPack } from './compilePack';

/** A token (or a matched multi-token phrase) with its role in the rules. */
export interface Unit {
  readonly kind: 'sentiment' | 'negator' | 'booster' | 'contrastAfter' | 'contrastBefore' | 'clause' | 'sentence' | 'other';
  readonly text: string;
  readonly offset: number;
  readonly entry?: LexiconEntry;
  /** Booster step (booster units). A booster or negator with an `entry` is scored as a word when it stands alone. */
  readonly value?: number;
  readonly caps?: boolean;
  readonly elongated?: boolean;
  readonly phrase?: boolean;
  readonly symbol?: boolean;
  /** Count of "!" and "?" (sentence units). */
  readonly exclaim?: number;
  readonly question?: number;
}

const PUNCT_ONLY = /^[\p{P}\s]+$/u;
const SENTENCE_MARK = /[.!?。！？…\n\r]/u;
const OTHER: Unit = { kind: 'other', text: '', offset: 0 };

function punctUnit(t: Token): Unit {
  const s = t.text;
  if (!SENTENCE_MARK.test(s)) return { kind: 'clause', text: s, offset: t.offset };
  let exclaim = 0;
  let question = 0;
  for (const ch of s) {
    if (ch === '!' || ch === '！') exclaim++;
    else if (ch === '?' || ch === '？') question++;
  }
  return { kind: 'sentence', text: s, offset: t.offset, exclaim, question };
}

function markerUnit(marker: NonNullable<ReturnType<CompiledPack['markers']['get']>>, text: string, offset: number, caps: boolean): Unit {
  switch (marker.role) {
    case 'phrase':
      return { kind: 'sentiment', text, offset, entry: marker.entry, phrase: true };
    case 'booster':
      return { kind: 'booster', text, offset, value: marker.value, caps };
    default:
      return { kind: marker.role, text, offset };
  }
}

/**
 * Turn tokens into rule units: multi-token phrases and function words matched first (longest
 * first), then single-token markers, then lexicon words, emoji and emoticons. O(tokens × longest
 * phrase).
 *
 * @example
 * readUnits(tokens, compilePack(enPack), text).map((u) => u.kind);
 */
export function readUnits(tokens: readonly Token[], pack: CompiledPack, text: string): Unit[] {
  const units: Unit[] = [];
  const contraction = pack.apostrophe === 'contraction';
  const cjk = pack.tokeniser === 'cjk';
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'url' || t.kind === 'mention' || t.kind === 'number') {
      units.push(OTHER);
      continue;
    }
    if (t.kind === 'emoji' || t.kind === 'emoticon') {
      // Pack words as fallback: Weibo bracket emoticons ([哈哈], [泪]) live in the Chinese pack.
      const entry = SYMBOLS.get(t.norm) ?? pack.words.get(t.norm);
      units.push(entry === undefined ? OTHER : { kind: 'sentiment', text: t.text, offset: t.offset, entry, symbol: true });
      continue;
    }
    if (t.kind === 'punct' || (cjk && PUNCT_ONLY.test(t.text))) {
      units.push(punctUnit(t));
      continue;
    }
    const norm = t.norm;
    const longest = pack.multiFirst.get(norm);
    if (longest !== undefined) {
      let key = norm;
      let best: { marker: NonNullable<ReturnType<CompiledPack['multi']['get']>>; last: number } | undefined;
      for (let j = i + 1; j < n && j - i < longest; j++) {
        const next = tokens[j] as Token;
        if (next.kind === 'punct' || next.kind === 'emoji' || next.kind === 'emoticon') break;
        key += ' ' + next.norm;
        const marker = pack.multi.get(key);
        if (marker !== undefined) best = { marker, last: j };
      }
      if (best !== undefined) {
        const last = tokens[best.last] as Token;
        const span = text.slice(t.offset, last.offset + last.text.length);
        units.push(markerUnit(best.marker, span, t.offset, t.caps === true));
        i = best.last;
        continue;
      }
    }
    const marker = pack.markers.get(norm);
    const entry = pack.words.get(norm);
    if (marker !== undefined) {
      const unit = markerUnit(marker, t.text, t.offset, t.caps === true);
      // A booster or negator that is also a lexicon word ("incredible", "no") keeps its entry:
      // applyRules scores it as a word when no sentiment word follows it in its scope.
      units.push(entry !== undefined && (unit.kind === 'booster' || unit.kind === 'negator') ? { ...unit, entry, caps: t.caps === true } : unit);
      continue;
    } else if (contraction && norm.endsWith("n't")) {
      units.push({ kind: 'negator', text: t.text, offset: t.offset });
      continue;
    }
    if (entry === undefined) {
      const symbol = SYMBOLS.get(norm);
      units.push(symbol === undefined ? OTHER : { kind: 'sentiment', text: t.text, offset: t.offset, entry: symbol, symbol: true });
      continue;
    }
    units.push({ kind: 'sentiment', text: t.text, offset: t.offset, entry, caps: t.caps === true, elongated: t.elongated === true });
  }
  return units;
}
