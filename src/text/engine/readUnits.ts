import type { LexiconEntry } from '../languagePack';
import { SYMBOLS } from '../lexicon/symbols';
import type { Token } from '../token';
import type { CompiledPack, Marker } from './compilePack';

/** A token (or a matched multi-token phrase) with its role in the rules. */
export interface Unit {
  readonly kind: 'sentiment' | 'negator' | 'booster' | 'contrastAfter' | 'contrastBefore' | 'clause' | 'sentence' | 'other';
  readonly text: string;
  readonly offset: number;
  /** Lexicon entry. A booster or negator with an entry is scored as a word when it stands alone. */
  readonly entry?: LexiconEntry;
  /** Booster step (booster units). */
  readonly value?: number;
  readonly caps?: boolean;
  readonly elongated?: boolean;
  readonly phrase?: boolean;
  readonly symbol?: boolean;
  /** Count of "!" and "?" (sentence units; a run of marks is one unit). */
  readonly exclaim?: number;
  readonly question?: number;
}

const OTHER: Unit = { kind: 'other', text: '', offset: 0 };

function isSentenceMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // . ! ? newline, and the full-width / CJK forms 。！？…
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026) return true;
  }
  return false;
}

function pushPunct(units: Unit[], t: Token): void {
  const s = t.text;
  if (!isSentenceMark(s)) {
    units.push({ kind: 'clause', text: s, offset: t.offset });
    return;
  }
  let exclaim = 0;
  let question = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 33 || c === 0xff01) exclaim++;
    else if (c === 63 || c === 0xff1f) question++;
  }
  const last = units[units.length - 1];
  if (last !== undefined && last.kind === 'sentence') {
    // "!!" tokenised as two marks is still one sentence end
    units[units.length - 1] = { ...last, text: last.text + s, exclaim: (last.exclaim ?? 0) + exclaim, question: (last.question ?? 0) + question };
    return;
  }
  units.push({ kind: 'sentence', text: s, offset: t.offset, exclaim, question });
}

function markerUnit(marker: Marker, text: string, offset: number, caps: boolean, entry: LexiconEntry | undefined): Unit {
  switch (marker.role) {
    case 'phrase':
      return { kind: 'sentiment', text, offset, entry: marker.entry, phrase: true };
    case 'booster':
      return entry === undefined ? { kind: 'booster', text, offset, value: marker.value, caps } : { kind: 'booster', text, offset, value: marker.value, caps, entry };
    case 'negator':
      return entry === undefined ? { kind: 'negator', text, offset } : { kind: 'negator', text, offset, entry, caps };
    default:
      return { kind: marker.role, text, offset };
  }
}

/** Longest multi-token item starting at token i: [marker, index of its last token] or undefined. */
function matchMulti(tokens: readonly Token[], i: number, longest: number, pack: CompiledPack): [Marker, number] | undefined {
  let key = (tokens[i] as Token).norm;
  let best: [Marker, number] | undefined;
  for (let j = i + 1; j < tokens.length && j - i < longest; j++) {
    const next = tokens[j] as Token;
    if (next.kind === 'punct' || next.kind === 'emoji' || next.kind === 'emoticon') break;
    key += ' ' + next.norm;
    const marker = pack.multi.get(key);
    if (marker !== undefined) best = [marker, j];
  }
  return best;
}

/**
 * Turn tokens into rule units: multi-token phrases and function words matched first (longest
 * first), then single-token markers, then lexicon words, emoji and emoticons (the pack's own
 * first, e.g. Weibo's [哈哈], then the shared symbols). One Map look-up per token;
 * O(tokens × longest phrase).
 *
 * @example
 * readUnits(tokens, compilePack(enPack), text).map((u) => u.kind);
 */
export function readUnits(tokens: readonly Token[], pack: CompiledPack, text: string): Unit[] {
  const units: Unit[] = [];
  const contraction = pack.apostrophe === 'contraction';
  const lookup = pack.lookup;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const kind = t.kind;
    if (kind === 'punct') {
      pushPunct(units, t);
      continue;
    }
    if (kind === 'url' || kind === 'mention' || kind === 'number') {
      units.push(OTHER);
      continue;
    }
    const norm = t.norm;
    const slot = lookup.get(norm);
    if (kind === 'emoji' || kind === 'emoticon') {
      const entry = slot?.entry ?? SYMBOLS.get(norm);
      units.push(entry === undefined ? OTHER : { kind: 'sentiment', text: t.text, offset: t.offset, entry, symbol: true });
      continue;
    }
    if (slot === undefined) {
      if (contraction && norm.endsWith("n't")) units.push({ kind: 'negator', text: t.text, offset: t.offset });
      else {
        const symbol = SYMBOLS.get(norm);
        units.push(symbol === undefined ? OTHER : { kind: 'sentiment', text: t.text, offset: t.offset, entry: symbol, symbol: true });
      }
      continue;
    }
    if (slot.multi !== undefined) {
      const best = matchMulti(tokens, i, slot.multi, pack);
      if (best !== undefined) {
        const last = tokens[best[1]] as Token;
        units.push(markerUnit(best[0], text.slice(t.offset, last.offset + last.text.length), t.offset, t.caps === true, undefined));
        i = best[1];
        continue;
      }
    }
    if (slot.marker !== undefined) units.push(markerUnit(slot.marker, t.text, t.offset, t.caps === true, slot.entry));
    else if (slot.entry !== undefined) {
      units.push({ kind: 'sentiment', text: t.text, offset: t.offset, entry: slot.entry, caps: t.caps === true, elongated: t.elongated === true });
    } else if (contraction && norm.endsWith("n't")) units.push({ kind: 'negator', text: t.text, offset: t.offset });
    else units.push(OTHER);
  }
  return units;
}
