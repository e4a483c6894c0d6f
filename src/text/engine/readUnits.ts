import type { LexiconEntry } from '../languagePack';
import { SYMBOLS } from '../lexicon/symbols';
import type { Token } from '../token';
import type { CompiledPack, Marker, MultiNode } from './compilePack';
import { DETECT_SAMPLE } from './detectInternals';
import { DEGREE_LONGEST, DEGREE_UNITS, DEGREE_WORDS, OTHER, endsNt, markerEntry, markerUnit, pushPunct, unit } from './units';

/** A token (or a matched multi-token phrase) with its role in the rules. */
export interface Unit {
  readonly kind: 'sentiment' | 'negator' | 'booster' | 'contrastAfter' | 'contrastBefore' | 'clause' | 'sentence' | 'other';
  /** As written ('' for a punctuation unit: those are shared, the rules read only their kind and counts). */
  readonly text: string;
  readonly offset: number;
  /** Lexicon entry. A booster or negator with an entry is scored as a word when it stands alone. */
  readonly entry: LexiconEntry | undefined;
  /** Booster step (booster units; 0 otherwise). */
  readonly value: number;
  readonly caps: boolean;
  readonly elongated: boolean;
  readonly phrase: boolean;
  readonly symbol: boolean;
  /** Count of "!" and "?" (sentence units; a run of marks is one unit). */
  readonly exclaim: number;
  readonly question: number;
}

/** Where matchMulti writes its marker: one per readUnits call, so a match allocates nothing. */
interface Hit {
  marker: Marker | undefined;
}

/** Longest multi-token item starting at token i (walking the trie): index of its last token (its marker in `hit`), or -1. */
function matchMulti(tokens: readonly Token[], i: number, trie: ReadonlyMap<string, MultiNode>, hit: Hit): number {
  let level: ReadonlyMap<string, MultiNode> | undefined = trie;
  let best = -1;
  for (let j = i + 1; j < tokens.length && level !== undefined; j++) {
    const next = tokens[j] as Token;
    if (next.kind === 'punct' || next.kind === 'emoji' || next.kind === 'emoticon') break;
    const node = level.get(next.norm);
    if (node === undefined) break;
    if (node.marker !== undefined) {
      hit.marker = node.marker;
      best = j;
    }
    level = node.next;
  }
  return best;
}

/** Add a word's detection votes (same rule as languageOfTokens: function words, "l'" heads, not elongated, first DETECT_SAMPLE units). */
function vote(votes: number[], t: Token, mask: number | undefined, lookup: CompiledPack['lookup']): void {
  if (t.kind !== 'word' || t.elongated === true || t.offset + t.text.length >= DETECT_SAMPLE) return;
  let m = mask;
  if (m === undefined) {
    const w = t.norm;
    const cut = w.indexOf("'");
    if (cut > 0 && cut < w.length - 1) m = lookup.get(w.slice(0, cut + 1))?.detect;
    if (m === undefined) return;
  }
  for (let c = 0; m !== 0; c++, m >>>= 1) if ((m & 1) === 1) votes[c] = (votes[c] as number) + 1;
}

/**
 * Turn tokens into rule units: multi-token phrases and function words matched first (longest
 * first), then single-token markers, then lexicon words, emoji and emoticons (the pack's own
 * first, e.g. Weibo's [哈哈], then the shared symbols). One Map look-up per token;
 * O(tokens × longest phrase). With `votes` (over the detection pack), also counts each
 * candidate's function-word hits, exactly as languageOfTokens does. With `into` and `shift`,
 * appends to `into` with offsets shifted (a long text read piece by piece).
 *
 * @example
 * readUnits(tokens, compilePack(enPack), text).map((u) => u.kind);
 */
export function readUnits(tokens: readonly Token[], pack: CompiledPack, text: string, votes?: number[], into?: Unit[], shift = 0): Unit[] {
  const units: Unit[] = into ?? [];
  const contraction = pack.apostrophe === 'contraction';
  const lookup = pack.lookup;
  const n = tokens.length;
  const hit: Hit = { marker: undefined };
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const kind = t.kind;
    if (kind === 'punct') {
      pushPunct(units, t.text);
      continue;
    }
    if (kind === 'url' || kind === 'mention' || kind === 'number') {
      units.push(OTHER);
      continue;
    }
    const norm = t.norm;
    const slot = lookup.get(norm);
    if (votes !== undefined && kind === 'word') vote(votes, t, slot?.detect, lookup);
    if (kind === 'emoji' || kind === 'emoticon') {
      const entry = slot?.entry ?? SYMBOLS.get(norm);
      units.push(entry === undefined ? OTHER : unit('sentiment', t.text, t.offset + shift, entry, 0, false, false, false, true));
      continue;
    }
    if (slot === undefined || (slot.entry === undefined && slot.marker === undefined && slot.multi === undefined)) {
      if (norm.length <= DEGREE_LONGEST && DEGREE_WORDS.has(norm)) {
        units.push(DEGREE_UNITS.get(norm) as Unit); // unscored, but its text is read by the degree rule
        continue;
      }
      if (norm.length === 1 && kind === 'word') continue; // single letters ("a", "I") take no scope slot (VADER drops them)
      units.push(contraction && endsNt(norm) ? unit('negator', t.text, t.offset + shift) : OTHER);
      continue;
    }
    if (slot.multi !== undefined) {
      const end = matchMulti(tokens, i, slot.multi, hit);
      if (end >= 0) {
        const marker = hit.marker as Marker;
        if (votes !== undefined) for (let j = i + 1; j <= end; j++) vote(votes, tokens[j] as Token, lookup.get((tokens[j] as Token).norm)?.detect, lookup);
        const last = tokens[end] as Token;
        units.push(markerUnit(marker, text.slice(t.offset, last.offset + last.text.length), t.offset + shift, t.caps === true, markerEntry(marker)));
        i = end;
        continue;
      }
    }
    if (slot.marker !== undefined) units.push(markerUnit(slot.marker, t.text, t.offset + shift, t.caps === true, slot.entry));
    else if (slot.entry !== undefined) {
      units.push(unit('sentiment', t.text, t.offset + shift, slot.entry, 0, t.caps === true, t.elongated === true));
    } else if (contraction && endsNt(norm)) units.push(unit('negator', t.text, t.offset + shift));
    else if (kind !== 'word' || norm.length !== 1) units.push(OTHER); // a letter that starts an unmatched phrase ("a bit") takes no slot either
  }
  return units;
}
