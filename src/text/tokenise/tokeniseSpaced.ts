import { SYMBOLS } from '../lexicon/symbols';
import { punctRunEnd } from './punctRunEnd';
import type { Token } from '../token';
import { normPunct, pushHashtag, pushPlainAscii, pushWord, splitWord, type Vocabulary } from './spacedWords';

export type { Vocabulary } from './spacedWords';


/** Options of {@link tokeniseSpaced}. */
export interface TokeniseSpacedOptions {
  /** Forms known to the lexicon: picks which squeezed form of an elongated word is its `norm`. */
  readonly vocabulary?: Vocabulary;
  /** `contraction` keeps `don't` whole; `elision` splits `l'assistenza` into `l'` + `assistenza`. */
  readonly apostrophe?: 'contraction' | 'elision';
}

const EMOJI_MOD = '[\\u{FE0F}\\u{1F3FB}-\\u{1F3FF}\\u{20E3}]*';
/** One master pattern, compiled once; the group that matched says the kind. */
const TOKEN_PATTERN = new RegExp(
  [
    '(<\\/?[A-Za-z!][^<>\\n]{0,300}>|&(?:[A-Za-z]{2,8}|#\\d{1,6});(?!\\/?3))', // 1 HTML tag or entity: skipped (not an escaped heart)
    '((?:https?:\\/\\/|www\\.)[^\\s<>"]+)', // 2 URL
    '(@[\\p{L}\\p{N}_]+)', // 3 @mention
    '#([\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)', // 4 #tag: read as the word it names
    "((?<![\\p{L}\\p{N}])[:;=][-'^o]?([)(\\]\\[DPpOo3*/\\\\|SsXcCl])\\6*(?![\\p{L}\\p{N}/])|(?<=^|\\s)(?:[oO][._][oO](?![\\p{L}\\p{N}])|(?:<|&lt;)\\/?3+|\\^_*\\^|-_+-|T_T|[xX]D+|\\(:|\\):|D:|>:\\(|;-?\\())", // 5 emoticon (6: its mouth, repeated)
    `((?:\\p{Regional_Indicator}{2})|\\p{Extended_Pictographic}${EMOJI_MOD}(?:\\u200D\\p{Extended_Pictographic}${EMOJI_MOD})*)`, // 7 emoji
    '(\\p{N}+(?:[.,:]\\p{N}+)*%?)', // 8 number
    "([\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*['’]?)", // 9 word
    '([.!?。！？…]+|[,;:，；：、—–()]|[\\n\\r]+)', // 10 punctuation
  ].join('|'),
  'uy',
);
/** The master pattern, matched only at the scanner's position. */
const STICKY = TOKEN_PATTERN;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** ASCII characters that begin no token (quotes, brackets, operators). */
const INERT: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const ch of '"$%*+/[]_`{|}~\'\\') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Whether the ASCII letters [i, j) followed by code `d` may begin something other than a word:
 * a URL (http:, https:, www.), or an emoticon o_O, O.o, xD, D:, T_T.
 */
function mayStartOther(text: string, i: number, j: number, c: number, d: number): boolean {
  const len = j - i;
  if (len === 1) return d === 46 || d === 95 || d === 58; // . _ :
  if ((c === 120 || c === 88) && text.charCodeAt(i + 1) === 68) return true; // xD, XDD
  if (len <= 5 && (d === 58 || d === 46) && (c === 104 || c === 72 || c === 119 || c === 87)) return true;
  return false;
}

/** ASCII faces known to SYMBOLS (VADER's marks-only faces among them), read as a whole space-separated token. */
const FACES: ReadonlySet<string> = new Set([...SYMBOLS.keys()].filter((k) => k.charCodeAt(0) < 128));
/** First characters of {@link FACES}, and the longest face (a longer space-separated run is no face). */
export const FACE_FIRST: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const face of FACES) table[face.charCodeAt(0)] = 1;
  return table;
})();
const FACE_MAX = Math.max(...[...FACES].map((face) => face.length)) + 4; // + room for a repeated mouth (":-)))")
/** The shortest face: a shorter run ("-", ".") is no face. */
const FACE_MIN = Math.min(...[...FACES].map((face) => face.length));
/**
 * The ASCII pairs that open a face (first two codes, 128 × 128 cells): a token opening with no such
 * pair, as written or lower-cased, is no face, so most "- " and ". " runs after a space are turned
 * away without a slice (measured: faceNorm on such runs took 5% of an English scoreText). Squeezing
 * a repeated mouth never touches the first two codes of a face.
 */
const FACE_PAIR: Uint8Array = (() => {
  const table = new Uint8Array(128 * 128);
  for (const face of FACES) {
    const a = face.charCodeAt(0);
    const b = face.charCodeAt(1);
    if (a < 128 && b < 128) table[a * 128 + b] = 1;
  }
  return table;
})();

/** ASCII code lower-cased (A-Z only, as toLowerCase does in ASCII). */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c | 0x20 : c;
}

function isAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}

/** The FACES key a whole token `raw` is: as written, mouth squeezed (":-)))"), or lower-cased (VADER's rule: "O_O" → "o_o"). */
function faceNorm(raw: string): string | undefined {
  if (FACES.has(raw)) return raw;
  const squeezed = raw.replace(REPEATED_END, '$1');
  if (FACES.has(squeezed)) return squeezed;
  const lower = raw.toLowerCase();
  if (FACES.has(lower)) return lower;
  const lowerSqueezed = squeezed.toLowerCase();
  return FACES.has(lowerSqueezed) ? lowerSqueezed : undefined;
}

/**
 * End of the face that is the whole space-separated token at `i` (`\o/`, `=]`, `O_O`, `:o)`), or
 * -1: VADER reads its marks-only faces only as whole tokens, so a face glued to a word is left to
 * the pattern. O(length of the token), and O(1) for most positions (first-character table).
 *
 * @example
 * faceAt('yay \\o/ !', 4); // 7
 */
export function faceAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 128 || FACE_FIRST[c] !== 1 || (i > 0 && text.charCodeAt(i - 1) > 32)) return -1;
  if (isAlnum(c) && isAlnum(text.charCodeAt(i + 1))) return -1; // a word or number, not "o:)" / "3:("
  const n = text.length;
  let j = i + 1;
  while (j < n && text.charCodeAt(j) > 32) {
    if (++j - i > FACE_MAX) return -1;
  }
  if (j - i < FACE_MIN) return -1;
  const d = text.charCodeAt(i + 1);
  if (d < 128 && FACE_PAIR[c * 128 + d] !== 1 && FACE_PAIR[lowerCode(c) * 128 + lowerCode(d)] !== 1) return -1;
  return faceNorm(text.slice(i, j)) === undefined ? -1 : j;
}

const EMOJI_STRIP = /[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu;
/** ":)))" → ":)", "<333" → "<3". */
const REPEATED_END = /(.)\1+$/u;

/**
 * Cut text in a spaced language (English, Italian, registered ones) into tokens: words (norm
 * lower-cased, elongations squeezed, `caps` and `elongated` flags), emoji (pictographs and ZWJ
 * sequences), emoticons, numbers, punctuation, URLs, @mentions; #tags read as their word; HTML
 * tags and entities skipped, markdown marks ignored. Both ' and ’ are apostrophes.
 *
 * Runs in O(n): a character scanner with a fast path for plain ASCII words, and one precompiled
 * sticky pattern for everything else.
 *
 * @example
 * tokeniseSpaced("SOOO good :) l'ordine", { apostrophe: 'elision' }).map((t) => t.norm);
 * // ['soo', 'good', ':)', "l'", 'ordine']
 */
export function tokeniseSpaced(text: string, options: TokeniseSpacedOptions = {}): Token[] {
  const out: Token[] = [];
  const elision = options.apostrophe === 'elision';
  const vocabulary = options.vocabulary;
  const n = text.length;
  let i = 0;
  while (i < n) i = spacedStep(text, i, out, elision, vocabulary);
  return out;
}

/**
 * One step of {@link tokeniseSpaced} at position `i` (not past the end): pushes the token(s) found
 * there to `out` (none for spaces and skipped marks) and returns where the next step starts.
 *
 * @example
 * spacedStep('so good', 3, out, false, undefined); // 7, out gets 'good'
 */
export function spacedStep(text: string, i: number, out: Token[], elision: boolean, vocabulary: Vocabulary | undefined): number {
  const re = STICKY; // compiled once; the scan below is synchronous, so sharing is safe
  const n = text.length;
  const c = text.charCodeAt(i);
  if (c < 128 && FACE_FIRST[c] === 1) {
    const end = faceAt(text, i);
    if (end >= 0) {
      const raw = text.slice(i, end);
      out.push({ text: raw, norm: faceNorm(raw) as string, offset: i, kind: 'emoticon', caps: false, elongated: false });
      return end;
    }
  }
  if ((c <= 32 && c !== 10 && c !== 13) || (c < 128 && INERT[c] === 1)) {
    return i + 1; // spaces, control characters and ASCII marks that start no token (" $ % * + / [ ] _ ` { | } ~ ')
  }
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    // fast path: a plain ASCII word not followed by an apostrophe or a non-ASCII letter
    let j = i + 1;
    let upper = c <= 90 ? 1 : 0;
    let run3 = false;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (d >= 97 && d <= 122) continue;
      if (d >= 65 && d <= 90) upper++;
      else break;
    }
    let d = j < n ? text.charCodeAt(j) : 32;
    if (d === 39 || d === 0x2019) {
      // ASCII word with apostrophes ("don't", "I'm", "dell'ordine", "po'"): same rule as the pattern's word
      let k = j;
      while (k < n && (text.charCodeAt(k) === 39 || text.charCodeAt(k) === 0x2019) && isAsciiLetter(text.charCodeAt(k + 1))) {
        k += 2;
        while (k < n && isAsciiLetter(text.charCodeAt(k))) k++;
      }
      if (k < n && (text.charCodeAt(k) === 39 || text.charCodeAt(k) === 0x2019)) k++; // trailing apostrophe
      const e = k < n ? text.charCodeAt(k) : 32;
      if (e < 128 && !isAsciiLetter(e) && e !== 39 && !(k - i === 1)) {
        splitWord(out, text.slice(i, k), i, elision, vocabulary);
        return k;
      }
      d = 0x2019; // fall through to the pattern
    }
    if (d < 128 && d !== 39 && !mayStartOther(text, i, j, c, d)) {
      for (let k = i + 2; k < j && !run3; k++) {
        const a = text.charCodeAt(k) | 0x20;
        run3 = a === (text.charCodeAt(k - 1) | 0x20) && a === (text.charCodeAt(k - 2) | 0x20);
      }
      const word = text.slice(i, j);
      if (run3) pushWord(out, word, i, vocabulary);
      else pushPlainAscii(out, word, i, upper, j - i, vocabulary);
      return j;
    }
  } else if (c >= 48 && c <= 57) {
    // fast path: an ASCII number (12, 12.5, 12:30, 50%), as the pattern's number
    let j = i + 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    while (j + 1 < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44 || text.charCodeAt(j) === 58) && isDigit(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    if (j < n && text.charCodeAt(j) === 37) j++;
    if (j >= n || text.charCodeAt(j) < 128) {
      const raw = text.slice(i, j);
      out.push({ text: raw, norm: raw, offset: i, kind: 'number', caps: false, elongated: false });
      return j;
    }
  } else if (c === 45 || c === 40 || c === 41 || c === 58 || c === 59) {
    // fast path: - ( ) : ; that cannot begin an emoticon here (next is not _ for "-_-", not : for
    // "(:" / "):", a space or the end after : and ;): "-" starts nothing, the others are clause marks
    const d = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    if (c === 45) {
      if (d !== 95) {
        return i + 1;
      }
    } else if (c === 40 || c === 41 ? d !== 58 : d <= 32) {
      const raw = text[i] as string;
      out.push({ text: raw, norm: raw, offset: i, kind: 'punct', caps: false, elongated: false });
      return i + 1;
    }
  } else if (c === 64 || c === 35) {
    // fast path: an ASCII @mention or #tag ending before an ASCII character (as the pattern's groups 3 and 4)
    let j = i + 1;
    let letters = 0;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (isAsciiLetter(d)) letters++;
      else if (!isDigit(d) && d !== 95) break;
    }
    if ((j >= n || text.charCodeAt(j) < 128) && (c === 64 ? j > i + 1 : letters > 0)) {
      const raw = text.slice(i, j);
      if (c === 64) out.push({ text: raw, norm: raw.toLowerCase(), offset: i, kind: 'mention', caps: false, elongated: false });
      else pushHashtag(out, raw.slice(1), i + 1, vocabulary);
      return j;
    }
  } else if (c === 46 || c === 44 || c === 33 || c === 63) {
    // fast path: , or a run of . ! ? (nothing else starts with them)
    const j = punctRunEnd(text, i, n);
    const raw = text.slice(i, j);
    out.push({ text: raw, norm: j - i === 1 ? raw : normPunct(raw), offset: i, kind: 'punct', caps: false, elongated: false });
    return j;
  }
  re.lastIndex = i;
  const m = re.exec(text);
  if (m === null) {
    const low = c >= 0xd800 && c <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    return i + (low >= 0xdc00 && low <= 0xdfff ? 2 : 1); // skip one code point (a lone surrogate is one unit)
  }
  const offset = i;
  const raw = m[0];
  if (m[1] !== undefined) return i + raw.length;
  if (m[2] !== undefined) out.push({ text: raw, norm: raw.toLowerCase(), offset, kind: 'url', caps: false, elongated: false });
  else if (m[3] !== undefined) out.push({ text: raw, norm: raw.toLowerCase(), offset, kind: 'mention', caps: false, elongated: false });
  else if (m[4] !== undefined) pushHashtag(out, m[4], offset + 1, vocabulary);
  else if (m[5] !== undefined) out.push({ text: raw, norm: raw.replace('&lt;', '<').replace(REPEATED_END, '$1'), offset, kind: 'emoticon', caps: false, elongated: false });
  else if (m[7] !== undefined) out.push({ text: raw, norm: raw.replace(EMOJI_STRIP, ''), offset, kind: 'emoji', caps: false, elongated: false });
  else if (m[8] !== undefined) out.push({ text: raw, norm: raw, offset, kind: 'number', caps: false, elongated: false });
  else if (m[9] !== undefined) splitWord(out, raw, offset, elision, vocabulary);
  else out.push({ text: raw, norm: normPunct(raw), offset, kind: 'punct', caps: false, elongated: false });
  return i + raw.length;
}

