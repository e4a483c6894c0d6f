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
  if (vocabulary !== undefined && lower.length > 4 && lower.endsWith('in') && !vocabulary.has(lower) && vocabulary.has(lower + 'g')) return lower + 'g';
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
  out.push({ text, norm: undropG(lower, vocabulary), offset, kind: 'word', caps: upper === length && length > 1, elongated: false });
}

/**
 * A #tag: its word when known; else the longest known word (≥ 4 letters and ≥ a third of the tag)
 * it ends or starts with ("#stillbitter" → "bitter", "#careerfail" → "fail"); else the tag as one word.
 *
 * @example
 * pushHashtag(out, 'careerfail', 1, new Set(['fail'])); // out gets { text: 'fail', offset: 7 }
 */
export function pushHashtag(out: Token[], tag: string, offset: number, vocabulary: Vocabulary | undefined): void {
  const lower = tag.toLowerCase();
  if (vocabulary !== undefined && !vocabulary.has(lower) && lower.length >= 6) {
    // the known part must be at least a third of the tag ("#justrealisedimgettingold" is not "gold")
    const shortest = Math.max(4, Math.ceil(lower.length / 3));
    for (let cut = 2; cut <= lower.length - shortest; cut++) {
      if (vocabulary.has(lower.slice(cut))) return pushWord(out, tag.slice(cut), offset + cut, vocabulary);
      const head = lower.length - cut;
      if (vocabulary.has(lower.slice(0, head))) return pushWord(out, tag.slice(0, head), offset, vocabulary);
    }
  }
  pushWord(out, tag, offset, vocabulary);
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
