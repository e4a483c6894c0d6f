import { isAsciiLetter, isCjkUnit, isDigit } from './charClass';

/** A special token found at a position: where it ends, its kind and its look-up form. */
export interface SpecialMatch {
  readonly end: number;
  readonly kind: 'emoticon' | 'url' | 'mention';
  readonly norm: string;
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
const EMOTICON_FIRST = new Set(ASCII_EMOTICONS.map((e) => e.charCodeAt(0)));

/** Weibo-style bracket emoticon at `i`: `[` + 1..8 Han/letters/digits + `]`; norm keeps the brackets. */
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

/** ASCII emoticon at `i` (`:)`, `T_T`, `orz`), matched in any case, norm as written (`T_T`, `:D`); letter-initial ones must stand alone. */
export function matchAsciiEmoticon(norm: string, i: number): SpecialMatch | undefined {
  const first = norm.charCodeAt(i) | 0x20;
  if (!EMOTICON_FIRST.has(norm.charCodeAt(i)) && !EMOTICON_FIRST.has(first)) return undefined;
  for (const emoticon of ASCII_EMOTICONS) {
    const candidate = norm.slice(i, i + emoticon.length).toLowerCase();
    if (candidate !== emoticon) continue;
    if (isAsciiLetter(emoticon.charCodeAt(0))) {
      if (isAsciiLetter(norm.charCodeAt(i - 1)) || isAsciiLetter(norm.charCodeAt(i + emoticon.length))) continue;
    }
    return { end: i + emoticon.length, kind: 'emoticon', norm: norm.slice(i, i + emoticon.length) };
  }
  return undefined;
}

/** URL at `i` (`http://`, `https://`, `www.`): runs to whitespace or the first non-ASCII character. */
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

/** @mention at `i`: `@` + Han, letters, digits, `_` or `-` (up to 30). */
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
