import type { AsciiTable } from '../engine/asciiTable';
import type { Slot } from '../engine/compilePack';
import type { Token } from '../token';

/** Token kinds of a {@link Scan}, as small integers. */
export const WORD = 0;
export const EMOJI = 1;
export const EMOTICON = 2;
export const NUMBER = 3;
export const PUNCT = 4;
export const URL = 5;
export const MENTION = 6;
export const KIND_CODE: Readonly<Record<Token['kind'], number>> = { word: WORD, emoji: EMOJI, emoticon: EMOTICON, number: NUMBER, punct: PUNCT, url: URL, mention: MENTION };
const KIND_NAME: readonly Token['kind'][] = ['word', 'emoji', 'emoticon', 'number', 'punct', 'url', 'mention'];

/** Flags of a {@link Scan} token. */
export const CAPS = 1;
export const ELONGATED = 2;
/** Fast-path word: `norm` not yet made (lower-case of the text, plus "g" when ADD_G). */
export const LAZY = 4;
export const ADD_G = 8;
export const HAS_UPPER = 16;
/** Fast-path word with an inner apostrophe ("don't"). */
export const HAS_APOSTROPHE = 32;
/** Set by the scan when the token's rule unit is the shared OTHER for sure (a fast-path word no rule reads, a number, a mention). */
export const OTHER_UNIT = 64;
/** Set by the scan when the token makes no rule unit for sure (a single fast-path letter no rule reads: "a", "I"). */
export const NO_UNIT = 128;

/**
 * The tokens of one text as parallel arrays (no object per token), reused from call to call:
 * valid until the next scanSpaced. `slots[k]` is the pack's slot of the token's norm for a token
 * not read by the fast path (a fast-path word's slot is `table.slots[ids[k] - 1]` when its META has
 * SLOT_BITS);
 * `texts[k]` / `norms[k]` are filled only for tokens not read by the fast path (LAZY unset; see
 * textAt / normAt): a fast-path token's are made when asked, a found word's norm being the table's key.
 */
export interface Scan {
  count: number;
  kinds: Uint8Array;
  flags: Uint8Array;
  offsets: Int32Array;
  ends: Int32Array;
  /** HAS_ENTRY | HAS_MARKER | HAS_MULTI of the token's slot (none: no slot, or a slot for detection only); IN_TRIE for fast-path words. */
  meta: Uint8Array;
  /** The slot's detection mask (0: none). */
  detect: Int32Array;
  /** A fast-path word found in the scan's `table`: 1 + its key's index there (0: not found, or not a fast-path word). */
  ids: Int32Array;
  /** The ASCII table of the pack the text was scanned for (what `ids` index). */
  table: AsciiTable | undefined;
  readonly slots: (Slot | undefined)[];
  readonly texts: (string | undefined)[];
  readonly norms: (string | undefined)[];
  /** Word tokens, and those in ALL CAPS (VADER's allcap_differential reads both). */
  words: number;
  capsWords: number;
}

/**
 * The token's text as written.
 *
 * @example
 * textAt(scanSpaced('Great', pack), 0, 'Great'); // 'Great'
 */
export function textAt(s: Scan, k: number, text: string): string {
  // a fast-path token's text is sliced when asked (the scan stores none for it); any other token's is stored
  return ((s.flags[k] as number) & LAZY) !== 0 ? text.slice(s.offsets[k] as number, s.ends[k] as number) : (s.texts[k] as string);
}

/**
 * The token's look-up form (lower-cased, elongation squeezed, dropped g restored).
 *
 * @example
 * normAt(scanSpaced('Lovin', pack), 0, 'Lovin'); // 'loving'
 */
export function normAt(s: Scan, k: number, text: string): string {
  const f = s.flags[k] as number;
  if ((f & LAZY) === 0) return s.norms[k] as string;
  const id = s.ids[k] as number;
  if (id > 0 && s.table !== undefined) return s.table.keys[id - 1] as string; // the key found is the norm: no slice, its hash made
  let norm = text.slice(s.offsets[k] as number, s.ends[k] as number);
  if ((f & HAS_UPPER) !== 0) norm = norm.toLowerCase();
  if ((f & ADD_G) !== 0) norm += 'g';
  return norm;
}

/**
 * The scan as Token objects (for the rare readers that need them, e.g. the lexical language vote),
 * up to the first token ending at or after `limit`.
 *
 * @example
 * tokensOf(scanSpaced('so good', pack), 'so good', 20_000).map((t) => t.norm); // ['so', 'good']
 */
export function tokensOf(s: Scan, text: string, limit: number): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < s.count; k++) {
    const t: Token = {
      text: textAt(s, k, text), norm: normAt(s, k, text), offset: s.offsets[k] as number, kind: KIND_NAME[s.kinds[k] as number] as Token['kind'],
      caps: ((s.flags[k] as number) & CAPS) !== 0, elongated: ((s.flags[k] as number) & ELONGATED) !== 0,
    };
    out.push(t);
    if ((s.ends[k] as number) >= limit) break;
  }
  return out;
}
