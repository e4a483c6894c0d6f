import type { Token } from '../token';

/** Anything that can answer "is this form in the lexicon?" (a Set, or a layered overlay). */
export interface Vocabulary {
  has(word: string): boolean;
}

const PUNCT_NORM: Readonly<Record<string, string>> = {
  '。': '.', '！': '!', '？': '?', '…': '.', '，': ',', '；': ';', '：': ':', '、': ',', '—': ',', '–': ',', '\n': '.', '\r': '.',
};

/**
 * Punctuation as the rules read it: full-width and CJK marks to ASCII, dashes to commas, newlines
 * to full stops.
 *
 * @example
 * normPunct('！！'); // '!!'
 */
export function normPunct(text: string): string {
  // only non-ASCII marks and line breaks are mapped: an ASCII run ("...", "?!") is its own norm, no string built
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c < 128 && c !== 10 && c !== 13;
  }
  if (plain) return text;
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

/** Dropped g ("lovin", "nothin'"): the -ing form when the lexicon knows it and not the word. */
function undropG(lower: string, vocabulary: Vocabulary | undefined): string {
  const n = lower.length;
  if (n > 4 && lower.charCodeAt(n - 1) === 110 && lower.charCodeAt(n - 2) === 105 && vocabulary !== undefined && !vocabulary.has(lower) && vocabulary.has(lower + 'g')) return lower + 'g';
  return lower;
}

/**
 * Push one word token: norm lower-cased, ’ → ', elongation squeezed (the form the lexicon knows).
 *
 * @example
 * pushWord(out, 'Goood', 0, new Set(['good'])); // out gets { norm: 'good', elongated: true }
 */
export function pushWord(out: Token[], text: string, offset: number, vocabulary: Vocabulary | undefined): void {
  let lower = text.toLowerCase();
  if (lower.includes('’')) lower = lower.replaceAll('’', "'");
  const caps = text.length > 1 && text !== lower && text === text.toUpperCase();
  if (!hasRun3(lower)) {
    out.push({ text, norm: undropG(lower, vocabulary), offset, kind: 'word', caps, elongated: false });
    return;
  }
  const two = squeeze(lower, 2);
  const one = squeeze(lower, 1);
  let norm = two;
  if (vocabulary !== undefined && !vocabulary.has(two) && vocabulary.has(one)) norm = one;
  else if (vocabulary !== undefined && vocabulary.has(lower)) norm = lower;
  out.push({ text, norm, offset, kind: 'word', caps, elongated: true });
}

/**
 * A plain ASCII word without elongation (`upper` capitals among `length` letters): the fast path.
 *
 * @example
 * pushPlainAscii(out, 'GREAT', 0, 5, 5, undefined); // out gets { norm: 'great', caps: true }
 */
export function pushPlainAscii(out: Token[], text: string, offset: number, upper: number, length: number, vocabulary: Vocabulary | undefined): void {
  const lower = upper === 0 ? text : text.toLowerCase();
  const norm = length > 4 && lower.charCodeAt(length - 1) === 110 ? undropG(lower, vocabulary) : lower; // only "-in" words can drop a g
  out.push({ text, norm, offset, kind: 'word', caps: upper === length && length > 1, elongated: false });
}

/** Shortest piece a #tag is segmented into by the lexicon (stated reasoning: two-letter pieces split names at random). */
const MIN_TAG_PIECE = 3;

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isLowerOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Cut points of a tag written in camel case ("ForzaNapoliSempre" → 5, 11), or none. */
function caseCuts(tag: string): number[] {
  const cuts: number[] = [];
  for (let i = 1; i < tag.length; i++) if (isUpper(tag.charCodeAt(i)) && isLowerOrDigit(tag.charCodeAt(i - 1))) cuts.push(i);
  return cuts;
}

/** Longest piece tried when segmenting a tag (stated reasoning: longer words are rare in tags; measured: no reading of the 74,830 benchmark texts differs from a limit of 20). */
const MAX_TAG_PIECE = 12;

/**
 * Cut points splitting `lower` entirely into known words of MIN_TAG_PIECE..MAX_TAG_PIECE letters
 * (fewest pieces), or undefined. Only positions some split reaches are extended, so an unknown
 * tag costs about MAX_TAG_PIECE look-ups.
 */
function lexiconCuts(lower: string, vocabulary: Vocabulary): number[] | undefined {
  const n = lower.length;
  const pieces = new Int32Array(n + 1).fill(0x7fffffff);
  const from = new Int32Array(n + 1);
  pieces[0] = 0;
  for (let start = 0; start <= n - MIN_TAG_PIECE; start++) {
    const before = pieces[start] as number;
    if (before === 0x7fffffff) continue; // no split reaches here
    const last = Math.min(n, start + MAX_TAG_PIECE);
    for (let end = start + MIN_TAG_PIECE; end <= last; end++) {
      if (before + 1 < (pieces[end] as number) && vocabulary.has(lower.slice(start, end))) {
        pieces[end] = before + 1;
        from[end] = start;
      }
    }
  }
  if (pieces[n] === 0x7fffffff) return undefined;
  const cuts: number[] = [];
  for (let at = from[n] as number; at > 0; at = from[at] as number) cuts.unshift(at);
  return cuts;
}

/**
 * A #tag: its word when known; else its camel-case words ("#ForzaNapoliSempre" → Forza Napoli
 * Sempre); else known words (≥ 3 letters) covering the whole tag ("#stillbitter" → still bitter);
 * else the tag as one word. Never a known word inside an unknown name (`#Bersani` is not `sani`).
 *
 * @example
 * pushHashtag(out, 'stillbitter', 1, new Set(['still', 'bitter'])); // out gets 'still' (offset 1), 'bitter' (offset 6)
 */
export function pushHashtag(out: Token[], tag: string, offset: number, vocabulary: Vocabulary | undefined): void {
  const lower = tag.toLowerCase();
  if (vocabulary === undefined || vocabulary.has(lower)) {
    pushWord(out, tag, offset, vocabulary);
    return;
  }
  let cuts = caseCuts(tag);
  if (cuts.length === 0 && lower.length >= 2 * MIN_TAG_PIECE) cuts = lexiconCuts(lower, vocabulary) ?? cuts;
  let start = 0;
  for (const cut of cuts) {
    pushWord(out, tag.slice(start, cut), offset + start, vocabulary);
    start = cut;
  }
  pushWord(out, tag.slice(start), offset + start, vocabulary);
}

/**
 * A word with apostrophes: `contraction` keeps it whole (dropping a trailing apostrophe);
 * `elision` splits after each inner apostrophe ("dell'ordine" → "dell'" + "ordine", "po'" kept).
 *
 * @example
 * splitWord(out, "dell'ordine", 0, true, undefined); // out gets "dell'" and "ordine"
 */
export function splitWord(out: Token[], raw: string, offset: number, elision: boolean, vocabulary: Vocabulary | undefined): void {
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
