import type { CompiledPack } from '../engine/compilePack';
import { punctRunEnd } from './punctRunEnd';
import { addVotes, freshScan, growScan, settleTagWords, unitFlag } from './scanBuffer';
import { codesOf } from './textCodes';
import { asciiTableOf, CELL_DETECT, CELL_META, findAscii, findPacked, HAS_ENTRY, HAS_MARKER, HAS_MULTI, HASH_PRIME, HASH_START, IN_TRIE, IN_VOCABULARY, IS_DEGREE, type AsciiTable } from '../engine/asciiTable';
import type { Token } from '../token';
import { DETECT_SAMPLE } from '../engine/detectInternals';
import { voteScanned } from '../engine/voteScanned';
import { ADD_G, CAPS, ELONGATED, EMOTICON, HAS_APOSTROPHE, HAS_UPPER, KIND_CODE, LAZY, MENTION, NUMBER, OTHER_UNIT, PUNCT, WORD, type Scan } from './scanAccess';
import { entityEnd } from './entityEnd';
import { scanHashtag } from './scanHashtag';
import { urlEnd } from './urlEnd';
import { normPunct } from './spacedWords';
import { FACE_FIRST, faceAt, spacedStep } from './tokeniseSpaced';

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A character of an ASCII @mention: letter, digit or _. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The letters codes[i, i + len) followed by `d` open tokeniseSpaced's URL pattern (`http:`,
 * `https:`, `www.`, lower-case as the pattern is): only then may the regular-expression step read
 * something other than this word (tokeniseSpaced's own check also sends "here." or "work:" there,
 * where the step reads the same word; measured: about 400 such words in the 9,233 English texts).
 */
function urlStart(codes: Uint8Array, i: number, len: number, d: number): boolean {
  if (d === 46) return len === 3 && codes[i] === 119 && codes[i + 1] === 119 && codes[i + 2] === 119;
  return (len === 4 || (len === 5 && codes[i + 4] === 115)) && codes[i] === 104 && codes[i + 1] === 116 && codes[i + 2] === 116 && codes[i + 3] === 112;
}

/** Some small ASCII letter in text[start, end). */
function hasSmall(text: string, start: number, end: number): boolean {
  for (let x = start; x < end; x++) {
    const a = text.charCodeAt(x);
    if (a >= 97 && a <= 122) return true;
  }
  return false;
}

const pending: Token[] = [];
/** The last pack scanned for and its table (most calls repeat the pack: no WeakMap look-up). */
let lastPack: CompiledPack | undefined;
let lastTable: AsciiTable | undefined;

/** FACE_FIRST without the letters (measured: checking every word start for a face took 13% of the scan). */
const FACE_FIRST_MARK: Uint8Array = FACE_FIRST.map((v, c) => (isAsciiLetter(c) ? 0 : v));

/** ASCII characters that begin no token (as tokeniseSpaced's INERT). */
const INERT: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const ch of '"$%*+/[]_`{|}~\'\\') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Tokenise a spaced-script text for `pack` exactly as {@link tokeniseSpaced} does (its vocabulary
 * and apostrophe rule), into the shared {@link Scan}: ASCII words (with "n't"-style apostrophes
 * when the pack keeps contractions), #tags of ASCII letters, numbers, @mentions and runs of
 * , . ! ? are read here without a Token object or a slice (a word is found in the pack by probing
 * its letters in place, see asciiTable); everything else (elongations, URLs, emoticons, emoji,
 * non-ASCII words) goes through tokeniseSpaced's own step. O(n); the Scan is reused by the next
 * call (scoreText is synchronous).
 *
 * On the way it counts words and ALL-CAPS words, flags the tokens whose rule unit is known
 * already (OTHER_UNIT, NO_UNIT: readScanned then skips its checks), and with `votes` adds each
 * word's detection votes (as readUnits' vote does).
 *
 * @example
 * const s = scanSpaced('so GOOD!', compilePack(enPack));
 * s.count; // 3
 */
export function scanSpaced(text: string, pack: CompiledPack, votes?: number[]): Scan {
  const scan = freshScan();
  const codes = codesOf(text); // the hot loops read codes from a typed array (ASCII as is, any other unit as 128)
  if (pack !== lastPack) {
    lastTable = asciiTableOf(pack);
    lastPack = pack;
  }
  const table = lastTable as AsciiTable;
  const cells = table.cells;
  const filter = table.filter;
  const lookup = pack.lookup;
  const vocabulary = pack.vocabulary;
  const elision = pack.apostrophe === 'elision';
  const { slots, texts, norms } = scan;
  let { kinds, flags, offsets, ends, meta, detect, ids } = scan; // local (re-read after grow): no reload per store
  let capacity = kinds.length;
  const n = text.length;
  let count = 0;
  let words = 0;
  let capsWords = 0;
  let i = 0;
  while (i < n) {
    const c = codes[i] as number;
    // a face that is a whole space-separated token ("\\o/", "=]", "O_O"): tokeniseSpaced's step reads it
    // (a letter is checked in the word branch: only a single letter not followed by a digit can start a face)
    const face = c < 128 && FACE_FIRST_MARK[c] === 1 && (i === 0 || (codes[i - 1] as number) <= 32) && faceAt(text, i) >= 0;
    if (!face && ((c <= 32 && c !== 10 && c !== 13) || (c < 128 && INERT[c] === 1) || (c === 45 && codes[i + 1] !== 95))) {
      // a space or control character, a mark that starts no token, a "-" that starts no "-_-"
      i++;
      continue;
    }
    if (count + 8 > capacity) {
      growScan();
      ({ kinds, flags, offsets, ends, meta, detect, ids } = scan);
      capacity = kinds.length;
    }
    if (face) {
      // below, with the step
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      let j = i + 1;
      let upper = c <= 90 ? 1 : 0;
      let p1 = c | 0x20;
      let p2 = -1;
      let run3 = false; // three equal letters in a row (an elongation: read by tokeniseSpaced's step)
      let h = Math.imul(HASH_START ^ p1, HASH_PRIME);
      let packed = p1; // the first four lower-cased codes, code k at bits 8k (as the table's cells keep them)
      for (; j < n; j++) {
        const d = codes[j] as number;
        if (d < 97 || d > 122) {
          if (d >= 65 && d <= 90) upper++;
          else break;
        }
        const lc = d | 0x20;
        if (lc === p1 && lc === p2) run3 = true;
        p2 = p1;
        p1 = lc;
        h = Math.imul(h ^ lc, HASH_PRIME);
        if (j - i < 4) packed |= lc << ((j - i) << 3);
      }
      const d = j < n ? (codes[j] as number) : 32;
      // a face opening with a letter ("o:)", "d:<", "T_T"): faceAt turns away a letter followed by a letter or digit
      const letterFace = j === i + 1 && !isDigit(d) && FACE_FIRST[c] === 1 && (i === 0 || (codes[i - 1] as number) <= 32) && faceAt(text, i) >= 0;
      let end = j; // the word is text[i, end); the scan goes on at `next`
      let next = j;
      let apostrophe = false;
      if (d === 39 && !elision) {
        // "don't", "I'm": tokeniseSpaced's apostrophe rule with contraction (a trailing apostrophe dropped)
        let k = j;
        let curly = false;
        while (k < n) {
          const a = text.charCodeAt(k);
          if ((a !== 39 && a !== 0x2019) || !isAsciiLetter(text.charCodeAt(k + 1))) break;
          if (a !== 39) curly = true;
          k += 2;
          while (k < n && isAsciiLetter(text.charCodeAt(k))) k++;
        }
        end = k;
        const t = k < n ? text.charCodeAt(k) : 32;
        if (t === 39 || t === 0x2019) {
          if (t !== 39) curly = true;
          k++;
        }
        const e = k < n ? text.charCodeAt(k) : 32;
        if (!curly && e < 128 && !isAsciiLetter(e) && e !== 39) {
          apostrophe = true;
          next = k;
          upper = 0;
          p1 = -1;
          p2 = -1;
          run3 = false;
          h = HASH_START;
          packed = 0;
          for (let x = i; x < end; x++) {
            const a = text.charCodeAt(x);
            if (a >= 65 && a <= 90) upper++;
            const lc = a | 0x20;
            if (lc === p1 && lc === p2) run3 = true;
            p2 = p1;
            p1 = lc;
            h = Math.imul(h ^ lc, HASH_PRIME);
            if (x - i < 4) packed |= lc << ((x - i) << 3);
          }
        }
      }
      const len = end - i;
      // tokeniseSpaced's plain-word case: followed by an ASCII non-apostrophe that starts no URL or emoticon
      if (!run3 && !letterFace && (apostrophe || (d < 128 && d !== 39 && (len === 1 ? d !== 46 && d !== 95 && d !== 58 : !(((c === 120 || c === 88) && (codes[i + 1] as number) === 68) || (len <= 5 && (d === 58 || d === 46) && urlStart(codes, i, len, d))))))) {
        // the filter turns most unknown words away before any call
        let at = ((filter[h >>> 19] as number) & (1 << ((h >>> 14) & 31))) === 0 ? -1 : findPacked(table, h, text, i, len, packed);
        // ALL CAPS: some capital and no small letter (apostrophes are neither)
        let flag = LAZY | (upper > 0 ? HAS_UPPER : 0) | (upper > 0 && len > 1 && (apostrophe ? !hasSmall(text, i, end) : upper === len) ? CAPS : 0) | (apostrophe ? HAS_APOSTROPHE : 0);
        if (len > 4 && ((codes[end - 1] as number) | 0x20) === 110 && ((codes[end - 2] as number) | 0x20) === 105 && !(at >= 0 && ((cells[at + CELL_META] as number) & IN_VOCABULARY) !== 0)) {
          const g = findAscii(table, Math.imul(h ^ 103, HASH_PRIME), text, i, end, true); // dropped g ("lovin"): the -ing form the lexicon knows
          if (g >= 0 && ((cells[g + CELL_META] as number) & IN_VOCABULARY) !== 0) {
            at = g;
            flag |= ADD_G;
          }
        }
        const bits = at < 0 ? 0 : (cells[at + CELL_META] as number) & (HAS_ENTRY | HAS_MARKER | HAS_MULTI | IN_TRIE | IS_DEGREE);
        const det = at < 0 ? 0 : (cells[at + CELL_DETECT] as number);
        flag |= unitFlag(bits, len, apostrophe); // a dropped g only on words of 5+ letters: the length is 1 only without it
        kinds[count] = WORD;
        flags[count] = flag;
        offsets[count] = i;
        ends[count] = end;
        meta[count] = bits;
        detect[count] = det;
        ids[count] = at < 0 ? 0 : (cells[at] as number);
        words++;
        if ((flag & CAPS) !== 0) capsWords++;
        if (votes !== undefined) {
          if (det !== 0) {
            if (end < DETECT_SAMPLE) addVotes(votes, det);
          } else if (apostrophe) voteScanned(votes, scan, count, lookup, text, table); // the "l'" head of an unlisted word
        }
        count++;
        i = codes[next] === 32 ? next + 1 : next; // the space after a word is skipped here, not by another turn of the loop
        continue;
      }
    } else if ((c >= 48 && c <= 57) || c === 64) {
      // an ASCII number (12, 12.5, 50%) or @mention ending before an ASCII character, as tokeniseSpaced reads them
      let j = i + 1;
      if (c === 64) while (j < n && isWordCode(codes[j] as number)) j++;
      else {
        while (j < n && isDigit(codes[j] as number)) j++;
        while (j + 1 < n && ((codes[j] as number) === 46 || (codes[j] as number) === 44 || (codes[j] as number) === 58) && isDigit(codes[j + 1] as number)) {
          j += 2;
          while (j < n && isDigit(codes[j] as number)) j++;
        }
        if (j < n && (codes[j] as number) === 37) j++;
      }
      if ((j >= n || (codes[j] as number) < 128) && j > i + (c === 64 ? 1 : 0)) {
        kinds[count] = c === 64 ? MENTION : NUMBER;
        flags[count] = (c === 64 ? LAZY | HAS_UPPER : LAZY) | OTHER_UNIT; // a mention's norm is lower-cased, a number's is as written
        offsets[count] = i;
        ends[count] = j;
        meta[count] = 0;
        detect[count] = 0;
        ids[count] = 0;
        count++;
        i = j;
        continue;
      }
    } else if (c === 35) {
      // a #tag of ASCII letters ending before an ASCII character: its words, as tokeniseSpaced splits it
      let j = i + 1;
      while (j < n && isAsciiLetter(codes[j] as number)) j++;
      if (j > i + 1 && (j >= n || ((codes[j] as number) < 128 && !isWordCode(codes[j] as number)))) {
        while (count + (j - i) + 8 > capacity) {
          growScan();
          ({ kinds, flags, offsets, ends, meta, detect, ids } = scan);
          capacity = kinds.length;
        }
        const next = scanHashtag(scan, count, text, i + 1, j, table);
        if (next >= 0) {
          words += next - count;
          capsWords += settleTagWords(scan, count, next, votes);
          count = next;
          i = j;
          continue;
        }
      }
    } else if (c === 38) {
      // an HTML entity ("&amp;") or a lone "&": skipped as tokeniseSpaced's step skips them, without its pattern
      const j = entityEnd(codes, i, n);
      if (j > i) {
        i = j;
        continue;
      }
    } else if (c === 44 || c === 46 || c === 33 || c === 63 || ((c === 40 || c === 41) && codes[i + 1] !== 58) || ((c === 58 || c === 59) && (codes[i + 1] as number) <= 32)) {
      // , or a run of . ! ?; ( ) not before ":" and : ; before a space or the end (no emoticon there): one mark, as tokeniseSpaced's step reads them
      const j = c === 44 || c === 46 || c === 33 || c === 63 ? punctRunEnd(text, i, n) : i + 1;
      const raw = text.slice(i, j);
      kinds[count] = PUNCT;
      flags[count] = 0;
      meta[count] = 0;
      detect[count] = 0;
      ids[count] = 0;
      offsets[count] = i;
      ends[count] = j;
      slots[count] = undefined;
      texts[count] = raw;
      norms[count] = j - i === 1 ? raw : normPunct(raw);
      count++;
      i = j;
      continue;
    }
    if (pending.length > 0) pending.length = 0;
    const url = c === 104 || c === 119 ? urlEnd(codes, i, n) : -1; // an all-ASCII URL: the step's token, without its pattern
    if (url > i) {
      const raw = text.slice(i, url);
      pending.push({ text: raw, norm: raw.toLowerCase(), offset: i, kind: 'url', caps: false, elongated: false });
      i = url;
    } else i = spacedStep(text, i, pending, elision, vocabulary);
    for (let p = 0; p < pending.length; p++) {
      const t = pending[p] as Token;
      if (count >= capacity) {
        growScan();
        ({ kinds, flags, offsets, ends, meta, detect, ids } = scan);
        capacity = kinds.length;
      }
      const kind = KIND_CODE[t.kind];
      kinds[count] = kind;
      flags[count] = (t.caps === true ? CAPS : 0) | (t.elongated === true ? ELONGATED : 0);
      offsets[count] = t.offset;
      ends[count] = t.offset + t.text.length;
      const slot = kind <= EMOTICON ? lookup.get(t.norm) : undefined;
      slots[count] = slot;
      meta[count] = slot === undefined ? 0 : (slot.entry !== undefined ? HAS_ENTRY : 0) | (slot.marker !== undefined ? HAS_MARKER : 0) | (slot.multi !== undefined ? HAS_MULTI : 0);
      detect[count] = slot?.detect ?? 0;
      ids[count] = 0;
      texts[count] = t.text;
      norms[count] = t.norm;
      if (kind === WORD) {
        words++;
        if (t.caps === true) capsWords++;
        if (votes !== undefined) voteScanned(votes, scan, count, lookup, text);
      }
      count++;
    }
  }
  if (pending.length > 0) pending.length = 0;
  scan.count = count;
  scan.table = table;
  scan.words = words;
  scan.capsWords = capsWords;
  return scan;
}

