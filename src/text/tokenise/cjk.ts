import type { Token } from '../token';
import * as chars from '../lang/zh/charClass';
import { indexVocabulary, type VocabularyIndex } from '../lang/zh/indexVocabulary';
import { matchAsciiEmoticon, matchBracketEmoticon, matchMention, matchUrl } from '../lang/zh/matchSpecial';

// The per-character helpers, bound once: a module namespace read per character costs a getter
// call in CommonJS builds and under tsx (measured: about a tenth of the tokeniser's time).
const {
  punctNorm,
  startsSpecial,
  isAsciiLetter,
  isCjkCodePoint,
  isCjkUnit,
  isDigit,
  isEmojiExtender,
  isOtherLetter,
  isPictograph,
  isSkippable,
  normaliseUnit,
} = chars;

/**
 * How unknown Han text is cut. Two characters per piece: the modal length of Chinese words
 * (most dictionary words are bisyllabic), so token distances (negation scope, booster reach)
 * approximate word distances even where the vocabulary knows nothing.
 */
export const CJK_DEFAULTS = { unknownPieceLength: 2 } as const;

/** Replace each code unit by its normalised unit (traditional → simplified, full-width → ASCII). */
function normaliseText(text: string): string {
  let parts: string[] | undefined;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = normaliseUnit(code);
    if (mapped === code) continue;
    parts ??= [];
    parts.push(text.slice(last, i), String.fromCharCode(mapped));
    last = i + 1;
  }
  if (parts === undefined) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/** Length in code units of the Han character at `i` (1, 2 for Extension B+), or 0 when not Han. */
function cjkLength(norm: string, i: number): number {
  const code = norm.charCodeAt(i);
  if (isCjkUnit(code)) return 1;
  if (code >= 0xd800 && code <= 0xdbff) {
    const cp = norm.codePointAt(i) ?? code;
    if (cp > 0xffff && isCjkCodePoint(cp)) return 2;
  }
  return 0;
}

/** Longest vocabulary word starting at `i`, in code units (0 when none): a walk down the trie. */
function longestMatch(norm: string, i: number, index: VocabularyIndex, maxWordLength: number): number {
  let node = index.root[norm.charCodeAt(i)] ?? 0;
  if (node === 0) return 0;
  const { children, terminal } = index;
  const end = Math.min(norm.length, i + maxWordLength);
  let best = terminal[node] === 1 ? 1 : 0;
  for (let j = i + 1; j < end; j++) {
    const next = children[node]?.get(norm.charCodeAt(j));
    if (next === undefined) break;
    node = next;
    if (terminal[node] === 1) best = j - i + 1;
  }
  return best;
}

/**
 * A Han `word` token; one string serves as text and norm when normalising changed nothing
 * (`same`, decided once per call: comparing the two strings per token would scan them).
 */
function wordToken(text: string, norm: string, same: boolean, start: number, end: number): Token {
  const original = text.slice(start, end);
  return { text: original, norm: same ? original : norm.slice(start, end), offset: start, kind: 'word' };
}

/** End (exclusive) of an emoji sequence starting at `i`: ZWJ chains, skin tones, flags. */
function emojiEnd(norm: string, i: number, codePoint: number): number {
  let end = i + (codePoint > 0xffff ? 2 : 1);
  if (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) {
    const next = norm.codePointAt(end) ?? 0;
    return next >= 0x1f1e6 && next <= 0x1f1ff ? end + 2 : end;
  }
  while (end < norm.length) {
    const cp = norm.codePointAt(end) ?? 0;
    if (!isEmojiExtender(cp)) break;
    end += cp > 0xffff ? 2 : 1;
    if (cp === 0x200d && end < norm.length) {
      const joined = norm.codePointAt(end) ?? 0;
      if (!isPictograph(joined)) break;
      end += joined > 0xffff ? 2 : 1;
    }
  }
  return end;
}

/**
 * Segment Chinese (or other unspaced CJK) text by forward maximum matching against a vocabulary:
 * at each Han character, the longest vocabulary word starting there (up to `maxWordLength` code
 * units) becomes a `word` token; Han text the vocabulary does not know is cut into two-character
 * `word` pieces ({@link CJK_DEFAULTS}). Traditional characters are read as simplified: each token's
 * `norm` is the simplified, lower-cased form (the vocabulary is normalised the same way), `text`
 * is the original. Also emits Latin `word` and `number` runs, clause marks as `punct` (`norm` is
 * the ASCII mark: `！` → `!`, `。` → `.`, `…` → `...`), emoji, Weibo emoticons such as `[哈哈]`
 * (`emoticon`, `norm` `[哈哈]`), ASCII emoticons (`:)`, `T_T`), `@mentions` and URLs.
 * Whitespace, control characters, lone surrogates and other symbols are skipped; offsets are exact
 * UTF-16 offsets into `text`.
 *
 * Runs in O(n × maxWordLength) worst case, O(n) in practice (a trie walk stops at the first unit no
 * word continues with); the vocabulary is indexed once per Set object (cached in a WeakMap), so
 * pass the same Set on every call and do not mutate it afterwards.
 *
 * @example
 * tokeniseCjk('質量很好！', new Set(['质量', '很', '好']), 4).map((t) => [t.norm, t.kind]);
 * // [['质量','word'], ['很','word'], ['好','word'], ['!','punct']]
 */
export function tokeniseCjk(text: string, vocabulary: ReadonlySet<string>, maxWordLength: number): Token[] {
  const out: Token[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const norm = normaliseText(text);
  const same = norm === text; // identity: normaliseText returns `text` itself when nothing changed
  const index = indexVocabulary(vocabulary);
  const maxLength = Number.isFinite(maxWordLength) ? Math.max(1, Math.floor(maxWordLength)) : 1;
  const piece = CJK_DEFAULTS.unknownPieceLength;
  const n = norm.length;
  let i = 0;
  let knownAt = -1; // a match already found at this position (where an unknown piece stopped)
  let knownLength = 0;
  while (i < n) {
    const code = norm.charCodeAt(i);
    const han = cjkLength(norm, i);
    if (han > 0) {
      const matched = knownAt === i ? knownLength : longestMatch(norm, i, index, maxLength);
      if (matched > 0) {
        out.push(wordToken(text, norm, same, i, i + matched));
        i += matched;
        continue;
      }
      // Unknown Han: extend up to `piece` characters while no vocabulary word starts.
      let end = i + han;
      for (let count = 1; count < piece && end < n; count++) {
        const next = cjkLength(norm, end);
        if (next === 0) break;
        const ahead = longestMatch(norm, end, index, maxLength);
        if (ahead > 0) {
          knownAt = end;
          knownLength = ahead;
          break;
        }
        end += next;
      }
      out.push(wordToken(text, norm, same, i, end));
      i = end;
      continue;
    }
    if (isSkippable(code)) {
      i++;
      continue;
    }
    const punct = punctNorm(code);
    const special = startsSpecial(code)
      ? (matchBracketEmoticon(norm, i) ?? matchAsciiEmoticon(norm, i) ?? matchUrl(norm, i) ?? matchMention(norm, i))
      : undefined;
    if (special !== undefined) {
      const written = text.slice(i, special.end);
      out.push({ text: written, norm: special.norm ?? written, offset: i, kind: special.kind });
      i = special.end;
      continue;
    }
    if (punct !== undefined) {
      out.push({ text: text[i] ?? '', norm: punct, offset: i, kind: 'punct' });
      i++;
      continue;
    }
    if (isDigit(code)) {
      // A vocabulary word may start with a digit (666, 5星, 1星): it wins when it does not cut a number.
      const matched = longestMatch(norm, i, index, maxLength);
      if (matched > 0 && !isDigit(norm.charCodeAt(i + matched)) && !isDigit(norm.charCodeAt(i - 1))) {
        out.push({ text: text.slice(i, i + matched), norm: norm.slice(i, i + matched).toLowerCase(), offset: i, kind: 'word' });
        i += matched;
        continue;
      }
      let end = i + 1;
      while (end < n) {
        const c = norm.charCodeAt(end);
        if (isDigit(c)) end++;
        else if ((c === 0x2e || c === 0x2c) && isDigit(norm.charCodeAt(end + 1))) end += 2;
        else break;
      }
      out.push({ text: text.slice(i, end), norm: norm.slice(i, end), offset: i, kind: 'number' });
      i = end;
      continue;
    }
    const codePoint = norm.codePointAt(i) ?? code;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isAsciiLetter(code) || isOtherLetter(codePoint)) {
      let end = i + width;
      while (end < n) {
        const cp = norm.codePointAt(end) ?? 0;
        if (!(isAsciiLetter(cp) || (cp >= 0xc0 && cp !== 0x3000 && !isCjkUnit(cp) && isOtherLetter(cp)))) break;
        end += cp > 0xffff ? 2 : 1;
      }
      // A vocabulary word may run on from Latin letters into Han (sim卡 is not 卡 "stuck").
      const matched = longestMatch(norm, i, index, maxLength);
      if (matched > end - i && !isAsciiLetter(norm.charCodeAt(i + matched))) end = i + matched;
      out.push({ text: text.slice(i, end), norm: norm.slice(i, end).toLowerCase(), offset: i, kind: 'word' });
      i = end;
      continue;
    }
    if (isPictograph(codePoint)) {
      const end = emojiEnd(norm, i, codePoint);
      const emoji = norm.slice(i, end).replace(/[\uFE0E\uFE0F]/g, '');
      out.push({ text: text.slice(i, end), norm: emoji, offset: i, kind: 'emoji' });
      i = end;
      continue;
    }
    // Lone surrogates, symbols, other marks: skipped (a whole surrogate pair at once).
    i += code >= 0xd800 && code <= 0xdbff && width === 2 ? 2 : 1;
  }
  return out;
}
