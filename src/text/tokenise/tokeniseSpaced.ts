import type { Token } from '../token';

/** Anything that can answer "is this form in the lexicon?" (a Set, or a layered overlay). */
export interface Vocabulary {
  has(word: string): boolean;
}

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
    '(<\\/?[A-Za-z!][^<>\\n]{0,300}>|&(?:[A-Za-z]{2,8}|#\\d{1,6});)', // 1 HTML tag or entity: skipped
    '((?:https?:\\/\\/|www\\.)[^\\s<>"]+)', // 2 URL
    '(@[\\p{L}\\p{N}_]+)', // 3 @mention
    '#([\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)', // 4 #tag: read as the word it names
    "((?<![\\p{L}\\p{N}])[:;=][-'^o]?([)(\\]\\[DPpOo3*/\\\\|SsXcCl])\\6*(?![\\p{L}\\p{N}/])|(?<=^|\\s)(?:[oO][._][oO](?![\\p{L}\\p{N}])|<\\/?3+|\\^_*\\^|-_+-|T_T|[xX]D+|\\(:|\\):|D:|>:\\(|;-?\\())", // 5 emoticon (6: its mouth, repeated)
    `((?:\\p{Regional_Indicator}{2})|\\p{Extended_Pictographic}${EMOJI_MOD}(?:\\u200D\\p{Extended_Pictographic}${EMOJI_MOD})*)`, // 7 emoji
    '(\\p{N}+(?:[.,:]\\p{N}+)*%?)', // 8 number
    "([\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*['’]?)", // 9 word
    '([.!?。！？…]+|[,;:，；：、—–()]|[\\n\\r]+)', // 10 punctuation
  ].join('|'),
  'gu',
);
const PUNCT_NORM: Readonly<Record<string, string>> = {
  '。': '.', '！': '!', '？': '?', '…': '.', '，': ',', '；': ';', '：': ':', '、': ',', '—': ',', '–': ',', '\n': '.', '\r': '.',
};
const EMOJI_STRIP = /[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu;
/** ":)))" → ":)", "<333" → "<3". */
const REPEATED_END = /(.)\1+$/u;

function normPunct(text: string): string {
  let out = '';
  for (const ch of text) out += PUNCT_NORM[ch] ?? ch;
  return out;
}

/** Squeeze runs of 3+ equal letters to `keep` letters (`keep` 2: "goood" → "good"; 1: "so"). */
function squeeze(word: string, keep: number): string {
  let out = '';
  let run = 0;
  let prev = '';
  for (const ch of word) {
    run = ch === prev ? run + 1 : 1;
    prev = ch;
    if (run <= keep) out += ch;
  }
  return out;
}

function hasRun3(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    if (word[i] === word[i - 1] && word[i] === word[i - 2]) return true;
  }
  return false;
}

function pushWord(out: Token[], text: string, offset: number, vocabulary: Vocabulary | undefined): void {
  const lower = text.toLowerCase().replaceAll('’', "'");
  const caps = text.length > 1 && text !== lower && text === text.toUpperCase();
  if (!hasRun3(lower)) {
    let norm = lower;
    // dropped g ("lovin", "nothin'"): read as the -ing form the lexicon knows
    if (vocabulary !== undefined && lower.length > 4 && lower.endsWith('in') && !vocabulary.has(lower) && vocabulary.has(lower + 'g')) norm = lower + 'g';
    out.push(caps ? { text, norm, offset, kind: 'word', caps } : { text, norm, offset, kind: 'word' });
    return;
  }
  const two = squeeze(lower, 2);
  const one = squeeze(lower, 1);
  let norm = two;
  if (vocabulary !== undefined && !vocabulary.has(two) && vocabulary.has(one)) norm = one;
  else if (vocabulary !== undefined && vocabulary.has(lower)) norm = lower;
  out.push({ text, norm, offset, kind: 'word', elongated: true, ...(caps ? { caps } : {}) });
}

/**
 * A #tag: its word when known; else the longest known word (≥ 4 letters) it ends or starts with
 * ("#stillbitter" → "bitter", "#careerfail" → "fail", "#fail2016" aside); else the tag as one word.
 */
function pushHashtag(out: Token[], tag: string, offset: number, vocabulary: Vocabulary | undefined): void {
  const lower = tag.toLowerCase();
  if (vocabulary !== undefined && !vocabulary.has(lower) && lower.length >= 6) {
    for (let cut = 2; cut <= lower.length - 4; cut++) {
      if (vocabulary.has(lower.slice(cut))) return pushWord(out, tag.slice(cut), offset + cut, vocabulary);
      const head = lower.length - cut;
      if (vocabulary.has(lower.slice(0, head))) return pushWord(out, tag.slice(0, head), offset, vocabulary);
    }
  }
  pushWord(out, tag, offset, vocabulary);
}

/**
 * Cut text in a spaced language (English, Italian, registered ones) into tokens: words (norm
 * lower-cased, elongations squeezed, `caps` and `elongated` flags), emoji (pictographs and ZWJ
 * sequences), emoticons, numbers, punctuation, URLs, @mentions; #tags read as their word; HTML
 * tags and entities skipped, markdown marks ignored. Both ' and ’ are apostrophes.
 *
 * Runs in O(n): one precompiled pattern scanned once.
 *
 * @example
 * tokeniseSpaced("SOOO good :) l'ordine", { apostrophe: 'elision' }).map((t) => t.norm);
 * // ['soo', 'good', ':)', "l'", 'ordine']
 */
export function tokeniseSpaced(text: string, options: TokeniseSpacedOptions = {}): Token[] {
  const out: Token[] = [];
  const elision = options.apostrophe === 'elision';
  const vocabulary = options.vocabulary;
  const re = TOKEN_PATTERN; // compiled once; the scan below is synchronous, so sharing is safe
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const offset = m.index;
    const raw = m[0];
    if (m[1] !== undefined) continue;
    if (m[2] !== undefined) out.push({ text: raw, norm: raw.toLowerCase(), offset, kind: 'url' });
    else if (m[3] !== undefined) out.push({ text: raw, norm: raw.toLowerCase(), offset, kind: 'mention' });
    else if (m[4] !== undefined) pushHashtag(out, m[4], offset + 1, vocabulary);
    else if (m[5] !== undefined) out.push({ text: raw, norm: raw.replace(REPEATED_END, '$1'), offset, kind: 'emoticon' });
    else if (m[7] !== undefined) out.push({ text: raw, norm: raw.replace(EMOJI_STRIP, ''), offset, kind: 'emoji' });
    else if (m[8] !== undefined) out.push({ text: raw, norm: raw, offset, kind: 'number' });
    else if (m[9] !== undefined) splitWord(out, raw, offset, elision, vocabulary);
    else out.push({ text: raw, norm: normPunct(raw), offset, kind: 'punct' });
  }
  return out;
}

function splitWord(out: Token[], raw: string, offset: number, elision: boolean, vocabulary: Vocabulary | undefined): void {
  let text = raw;
  const last = text[text.length - 1];
  if (!elision && (last === "'" || last === '’')) text = text.slice(0, -1);
  if (!elision) {
    pushWord(out, text, offset, vocabulary);
    return;
  }
  let start = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '’') {
      pushWord(out, text.slice(start, i + 1), offset + start, vocabulary);
      start = i + 1;
    }
  }
  pushWord(out, text.slice(start), offset + start, vocabulary);
}
