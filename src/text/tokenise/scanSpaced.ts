import type { CompiledPack, Slot } from '../engine/compilePack';
import { asciiTableOf, findAscii, HASH_PRIME, HASH_START } from '../engine/asciiTable';
import type { Token } from '../token';
import { normPunct } from './spacedWords';
import { spacedStep } from './tokeniseSpaced';

/** Token kinds of a {@link Scan}, as small integers. */
export const WORD = 0;
export const EMOJI = 1;
export const EMOTICON = 2;
export const NUMBER = 3;
export const PUNCT = 4;
export const URL = 5;
export const MENTION = 6;
const KIND_CODE: Readonly<Record<Token['kind'], number>> = { word: WORD, emoji: EMOJI, emoticon: EMOTICON, number: NUMBER, punct: PUNCT, url: URL, mention: MENTION };
const KIND_NAME: readonly Token['kind'][] = ['word', 'emoji', 'emoticon', 'number', 'punct', 'url', 'mention'];

/** Flags of a {@link Scan} token. */
export const CAPS = 1;
export const ELONGATED = 2;
/** Fast-path word: `norm` not yet made (lower-case of the text, plus "g" when ADD_G). */
export const LAZY = 4;
export const ADD_G = 8;
export const HAS_UPPER = 16;

/**
 * The tokens of one text as parallel arrays (no object per token), reused from call to call:
 * valid until the next {@link scanSpaced}. `slots[k]` is the pack's slot of the token's norm;
 * `texts[k]` / `norms[k]` are filled for tokens not read by the fast path (see textAt / normAt).
 */
export interface Scan {
  count: number;
  kinds: Uint8Array;
  flags: Uint8Array;
  offsets: Int32Array;
  ends: Int32Array;
  readonly slots: (Slot | undefined)[];
  readonly texts: (string | undefined)[];
  readonly norms: (string | undefined)[];
}

const scan: Scan = { count: 0, kinds: new Uint8Array(256), flags: new Uint8Array(256), offsets: new Int32Array(256), ends: new Int32Array(256), slots: [], texts: [], norms: [] };
const pending: Token[] = [];
/** Past this many tokens the reused arrays are let go after a scan is replaced (a long text's strings are not kept alive). */
const KEEP = 4096;

function grow(): void {
  const size = scan.kinds.length * 2;
  const kinds = new Uint8Array(size);
  kinds.set(scan.kinds);
  const flags = new Uint8Array(size);
  flags.set(scan.flags);
  const offsets = new Int32Array(size);
  offsets.set(scan.offsets);
  const ends = new Int32Array(size);
  ends.set(scan.ends);
  scan.kinds = kinds;
  scan.flags = flags;
  scan.offsets = offsets;
  scan.ends = ends;
}

/** ASCII characters that begin no token (as tokeniseSpaced's INERT). */
const INERT: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const ch of '"$%*+/[]_`{|}~\'\\') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Tokenise a spaced-script text for `pack` exactly as {@link tokeniseSpaced} does (its vocabulary
 * and apostrophe rule), into the shared {@link Scan}: plain ASCII words and runs of , . ! ? are
 * read here without allocating (a word is found in the pack by probing its letters in place);
 * everything else goes through tokeniseSpaced's own step. O(n).
 *
 * @example
 * const s = scanSpaced('so GOOD!', compilePack(enPack));
 * s.count; // 3
 */
export function scanSpaced(text: string, pack: CompiledPack): Scan {
  if (scan.count > KEEP) {
    scan.slots.length = 0;
    scan.texts.length = 0;
    scan.norms.length = 0;
  }
  const table = asciiTableOf(pack);
  const vocab = table.vocab;
  const tableSlots = table.slots;
  const lookup = pack.lookup;
  const vocabulary = pack.vocabulary;
  const elision = pack.apostrophe === 'elision';
  const { slots, texts, norms } = scan;
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((c <= 32 && c !== 10 && c !== 13) || (c < 128 && INERT[c] === 1)) {
      i++;
      continue;
    }
    if (count + 8 > scan.kinds.length) grow();
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      let j = i + 1;
      let upper = c <= 90 ? 1 : 0;
      let p1 = c | 0x20;
      let p2 = -1;
      let run3 = false; // three equal letters in a row (an elongation: read by tokeniseSpaced's step)
      let h = Math.imul(HASH_START ^ p1, HASH_PRIME);
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d < 97 || d > 122) {
          if (d >= 65 && d <= 90) upper++;
          else break;
        }
        const lc = d | 0x20;
        if (lc === p1 && lc === p2) run3 = true;
        p2 = p1;
        p1 = lc;
        h = Math.imul(h ^ lc, HASH_PRIME);
      }
      const d = j < n ? text.charCodeAt(j) : 32;
      const len = j - i;
      // tokeniseSpaced's plain-word case: followed by an ASCII non-apostrophe that starts no URL or emoticon
      if (!run3 && d < 128 && d !== 39 && (len === 1 ? d !== 46 && d !== 95 && d !== 58 : !(((c === 120 || c === 88) && text.charCodeAt(i + 1) === 68) || (len <= 5 && (d === 58 || d === 46) && (c === 104 || c === 72 || c === 119 || c === 87))))) {
        let id = findAscii(table, h, text, i, j, false);
        let flag = LAZY | (upper > 0 ? HAS_UPPER : 0) | (upper === len && len > 1 ? CAPS : 0);
        if (len > 4 && (text.charCodeAt(j - 1) | 0x20) === 110 && (text.charCodeAt(j - 2) | 0x20) === 105 && !(id >= 0 && vocab[id] === 1)) {
          const g = findAscii(table, Math.imul(h ^ 103, HASH_PRIME), text, i, j, true); // dropped g ("lovin"): the -ing form the lexicon knows
          if (g >= 0 && vocab[g] === 1) {
            id = g;
            flag |= ADD_G;
          }
        }
        scan.kinds[count] = WORD;
        scan.flags[count] = flag;
        scan.offsets[count] = i;
        scan.ends[count] = j;
        slots[count] = id >= 0 ? tableSlots[id] : undefined;
        texts[count] = undefined;
        norms[count] = undefined;
        count++;
        i = j;
        continue;
      }
    } else if (c === 44 || c === 46 || c === 33 || c === 63) {
      let j = i + 1;
      if (c !== 44) {
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d !== 46 && d !== 33 && d !== 63 && d !== 0x3002 && d !== 0xff01 && d !== 0xff1f && d !== 0x2026) break;
        }
      }
      const raw = text.slice(i, j);
      scan.kinds[count] = PUNCT;
      scan.flags[count] = 0;
      scan.offsets[count] = i;
      scan.ends[count] = j;
      slots[count] = undefined;
      texts[count] = raw;
      norms[count] = j - i === 1 ? raw : normPunct(raw);
      count++;
      i = j;
      continue;
    }
    pending.length = 0;
    i = spacedStep(text, i, pending, elision, vocabulary);
    for (const t of pending) {
      if (count >= scan.kinds.length) grow();
      const kind = KIND_CODE[t.kind];
      scan.kinds[count] = kind;
      scan.flags[count] = (t.caps === true ? CAPS : 0) | (t.elongated === true ? ELONGATED : 0);
      scan.offsets[count] = t.offset;
      scan.ends[count] = t.offset + t.text.length;
      slots[count] = kind <= EMOTICON ? lookup.get(t.norm) : undefined;
      texts[count] = t.text;
      norms[count] = t.norm;
      count++;
    }
  }
  pending.length = 0;
  scan.count = count;
  return scan;
}

/**
 * The token's text as written.
 *
 * @example
 * textAt(scanSpaced('Great', pack), 0, 'Great'); // 'Great'
 */
export function textAt(s: Scan, k: number, text: string): string {
  return s.texts[k] ?? (s.texts[k] = text.slice(s.offsets[k] as number, s.ends[k] as number));
}

/**
 * The token's look-up form (lower-cased, elongation squeezed, dropped g restored).
 *
 * @example
 * normAt(scanSpaced('Lovin', pack), 0, 'Lovin'); // 'loving'
 */
export function normAt(s: Scan, k: number, text: string): string {
  let norm = s.norms[k];
  if (norm !== undefined) return norm;
  const f = s.flags[k] as number;
  norm = textAt(s, k, text);
  if ((f & HAS_UPPER) !== 0) norm = norm.toLowerCase();
  if ((f & ADD_G) !== 0) norm += 'g';
  s.norms[k] = norm;
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
