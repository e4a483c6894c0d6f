/**
 * Character classes and the per-character normalisation used by the CJK tokeniser. Internal.
 * Every function works on UTF-16 code units so the normalised text keeps the original's offsets.
 */
import { toSimplifiedTable } from './traditional';

/**
 * Clause and sentence marks (after normalisation) → the ASCII mark the scorer reads: 。→ `.`,
 * 、→ `,`, … → `...`, and the ASCII marks themselves; `undefined` for anything else.
 */
export function punctNorm(code: number): string | undefined {
  switch (code) {
    case 0x3002: // 。
    case 0xff61: // ｡ half-width
    case 0x2e:
      return '.';
    case 0x3001: // 、
    case 0xff64: // ､ half-width
    case 0x2c:
      return ',';
    case 0x2026: // …
    case 0x22ef: // ⋯
      return '...';
    case 0x21:
      return '!';
    case 0x3f:
      return '?';
    case 0x3b:
      return ';';
    case 0x3a:
      return ':';
    default:
      return undefined;
  }
}

/**
 * A unit that can start an emoticon, URL or mention: `[` `【` `@` `h` `w`, and the first units of
 * the ASCII emoticons (`: ; ^ t > - = o q <`), in either case. Everything else skips those matchers.
 */
export function startsSpecial(code: number): boolean {
  switch (code | 0x20) {
    case 0x7b: // [ (0x5b | 0x20)
    case 0x60: // @ (0x40 | 0x20)
    case 0x68: // h H
    case 0x77: // w W
    case 0x3a: // :
    case 0x3b: // ;
    case 0x7e: // ^ (0x5e | 0x20)
    case 0x74: // t T
    case 0x3e: // >
    case 0x2d: // -
    case 0x3d: // =
    case 0x6f: // o O
    case 0x71: // q Q
    case 0x3c: // <
      return true;
    default:
      return code === 0x3010; // 【
  }
}

/**
 * Normalise one UTF-16 code unit: traditional → simplified, full-width ASCII → ASCII, ASCII
 * upper case → lower case, ideographic space → space. One unit in, one unit out, so offsets never move.
 */
export function normaliseUnit(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20; // A-Z → a-z
  if (code >= 0xff01 && code <= 0xff5e) return normaliseUnit(code - 0xfee0);
  if (code === 0x3000) return 0x20;
  if (code < 0x3400) return code;
  return (simplified ??= buildUnitTable())[code] || code;
}

/** Dense code unit → simplified unit table (0 = unchanged), 128 KiB, built on first use. */
let simplified: Uint16Array | undefined;
function buildUnitTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of toSimplifiedTable()) table[from] = to;
  return table;
}

/** Han ideographs, kana, hangul (BMP code units) written without spaces. */
export function isCjkUnit(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    code === 0x3005 ||
    code === 0x3007
  );
}

/** A supplementary-plane Han ideograph (Extensions B..H, U+20000..U+3FFFF). */
export function isCjkCodePoint(codePoint: number): boolean {
  return codePoint >= 0x20000 && codePoint <= 0x3ffff;
}

/** ASCII letter (after normalisation). */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** ASCII digit (after normalisation). */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whitespace and control characters: skipped by the tokeniser. */
export function isSkippable(code: number): boolean {
  return code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0x200b || code === 0xfeff;
}

const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const LETTER = /^\p{L}$/u;

/** A pictograph (emoji) code point, including regional indicators (flags). */
export function isPictograph(codePoint: number): boolean {
  if (codePoint < 0xa9) return false;
  if (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) return true;
  return PICTOGRAPH.test(String.fromCodePoint(codePoint));
}

/** A letter of a spaced script other than ASCII (é, я, α ...). */
export function isOtherLetter(codePoint: number): boolean {
  return codePoint >= 0xc0 && LETTER.test(String.fromCodePoint(codePoint));
}

/**
 * Code points that extend a preceding emoji into one token: variation selectors, zero-width joiner,
 * skin tones, keycap, tag characters.
 */
export function isEmojiExtender(codePoint: number): boolean {
  return (
    codePoint === 0xfe0f ||
    codePoint === 0xfe0e ||
    codePoint === 0x200d ||
    codePoint === 0x20e3 ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  );
}
