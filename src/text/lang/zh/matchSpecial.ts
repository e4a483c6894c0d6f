/** Internal helpers of tokeniseCjk (not public API): special tokens found at a position. */
import { isAsciiLetter, isCjkUnit, isDigit } from './charClass';

/** A special token found at a position: where it ends, its kind and its look-up form. */
export interface SpecialMatch {
  readonly end: number;
  readonly kind: 'emoticon' | 'url' | 'mention';
  /** The look-up form; absent: the text as written (ASCII emoticons keep their case: `T_T`, `:D`). */
  readonly norm?: string;
}

/** Longest content of a Weibo bracket emoticon (`[哈哈]`, `[doge]`, `[泪流满面]`), in code units. */
const MAX_BRACKET_CONTENT = 8;
/** Longest @mention kept as one token (Weibo nicknames are at most 30 characters). */
const MAX_MENTION = 30;

/** ASCII emoticons common in Chinese posts, lower-case, longest first where one prefixes another. */
const ASCII_EMOTICONS = [
  ":'(", ':-)', ':-(', ':-d', ':-p', ';-)', '^_^', '^o^', 't_t', 't.t', '>_<', '-_-', '=_=', 'orz',
  'qaq', 'qwq', ':)', ':(', ':d', ':p', ';)', '^^', '<3', ':/',
];
/** Emoticons by their first unit (lower-cased), longest first. */
const EMOTICONS_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const by = new Map<number, string[]>();
  for (const e of ASCII_EMOTICONS) {
    const list = by.get(e.charCodeAt(0)) ?? [];
    list.push(e);
    by.set(e.charCodeAt(0), list);
  }
  return by;
})();

/** Does `norm` hold `emoticon` (lower-case) at `i`, ignoring ASCII case? No allocation. */
function holds(norm: string, i: number, emoticon: string): boolean {
  if (i + emoticon.length > norm.length) return false;
  for (let k = 0; k < emoticon.length; k++) {
    let c = norm.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== emoticon.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Weibo-style bracket emoticon at `i`: `[` + 1..8 Han/letters/digits + `]`; norm keeps the brackets.
 *
 * @example
 * matchBracketEmoticon('好[哈哈]', 1); // { end: 5, kind: 'emoticon', norm: '[哈哈]' }
 */
export function matchBracketEmoticon(norm: string, i: number): SpecialMatch | undefined {
  const open = norm.charCodeAt(i);
  if (open !== 0x5b && open !== 0x3010) return undefined; // [ or 【
  const close = open === 0x5b ? 0x5d : 0x3011;
  for (let j = i + 1; j < norm.length && j <= i + MAX_BRACKET_CONTENT + 1; j++) {
    const c = norm.charCodeAt(j);
    if (c === close) {
      if (j === i + 1 || open !== 0x5b) return undefined; // 【...】 is a title, not an emoticon
      return { end: j + 1, kind: 'emoticon', norm: `[${norm.slice(i + 1, j).toLowerCase()}]` };
    }
    if (!(isCjkUnit(c) || isAsciiLetter(c) || isDigit(c))) return undefined;
  }
  return undefined;
}

/**
 * ASCII emoticon at `i` (`:)`, `T_T`, `orz`), matched in any case, norm as written (`T_T`, `:D`);
 * letter-initial ones must stand alone.
 *
 * @example
 * matchAsciiEmoticon('好:)', 1); // { end: 3, kind: 'emoticon' }
 */
export function matchAsciiEmoticon(norm: string, i: number): SpecialMatch | undefined {
  let first = norm.charCodeAt(i);
  if (first >= 0x41 && first <= 0x5a) first |= 0x20;
  const candidates = EMOTICONS_BY_FIRST.get(first);
  if (candidates === undefined) return undefined;
  for (const emoticon of candidates) {
    if (!holds(norm, i, emoticon)) continue;
    if (isAsciiLetter(emoticon.charCodeAt(0))) {
      if (isAsciiLetter(norm.charCodeAt(i - 1)) || isAsciiLetter(norm.charCodeAt(i + emoticon.length))) continue;
    }
    return { end: i + emoticon.length, kind: 'emoticon' };
  }
  return undefined;
}

/**
 * URL at `i` (`http://`, `https://`, `www.`): runs to whitespace or the first non-ASCII character.
 *
 * @example
 * matchUrl('http://t.cn/a好', 0); // { end: 13, kind: 'url', norm: 'http://t.cn/a' }
 */
export function matchUrl(norm: string, i: number): SpecialMatch | undefined {
  const head = norm.slice(i, i + 8).toLowerCase();
  if (!head.startsWith('http://') && !head.startsWith('https://') && !head.startsWith('www.')) return undefined;
  let end = i;
  while (end < norm.length) {
    const c = norm.charCodeAt(end);
    if (c <= 0x20 || c >= 0x7f) break;
    end++;
  }
  return { end, kind: 'url', norm: norm.slice(i, end).toLowerCase() };
}

/**
 * @mention at `i`: `@` + Han, letters, digits, `_` or `-` (up to 30).
 *
 * @example
 * matchMention('@小明 你好', 0); // { end: 3, kind: 'mention', norm: '@小明' }
 */
export function matchMention(norm: string, i: number): SpecialMatch | undefined {
  if (norm.charCodeAt(i) !== 0x40) return undefined;
  let end = i + 1;
  while (end < norm.length && end - i <= MAX_MENTION) {
    const c = norm.charCodeAt(end);
    if (!(isCjkUnit(c) || isAsciiLetter(c) || isDigit(c) || c === 0x5f || c === 0x2d)) break;
    end++;
  }
  if (end === i + 1) return undefined;
  return { end, kind: 'mention', norm: norm.slice(i, end).toLowerCase() };
}
