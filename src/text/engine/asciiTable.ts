import { TEXT_DEFAULTS } from '../defaults';
import type { LexiconEntry } from '../languagePack';
import type { CompiledPack, MultiNode, Slot } from './compilePack';

/**
 * The pack's plain ASCII forms (a-z and ' only) in an open-addressing hash table probed straight from
 * the text: a word of the text is found without slicing, lower-casing or hashing a new string.
 */
export interface AsciiTable {
  /**
   * Four int32 per cell (16 bytes: the English table is 1 MB and stays in a 2 MB L2 cache with
   * the rest of a call's data): key index + 1 (0: empty), its META bits and length, its first four
   * codes, its detection mask. The cell count is a power of two.
   */
  readonly cells: Int32Array;
  /** Codes 5 to 16 of each key, four to an int32, three int32 per key index (read only when a cell's first four codes and length match). */
  readonly tails: Int32Array;
  readonly mask: number;
  /**
   * One bit per value of a hash's top 18 bits, set for every key (32 KB, stays in cache): most
   * words of a text that the pack does not know are turned away without touching `cells`.
   */
  readonly filter: Int32Array;
  readonly keys: readonly string[];
  /** The key's slot in the pack's lookup (undefined: only in the vocabulary). */
  readonly slots: readonly (Slot | undefined)[];
  /** The slot's lexicon entry, by key (a plain lexicon word is read without touching its slot: one cache miss fewer). */
  readonly entries: readonly (LexiconEntry | undefined)[];
}

/** META bits of a cell: its slot has an entry, a marker, multi-token items; the key is in the vocabulary. */
export const HAS_ENTRY = 1;
export const HAS_MARKER = 2;
export const HAS_MULTI = 4;
export const IN_VOCABULARY = 8;
/** The META bits that say the key has a slot to read. */
export const SLOT_BITS = HAS_ENTRY | HAS_MARKER | HAS_MULTI;
/** The key is one of VADER's degree words (TEXT_DEFAULTS.degreeWords: "so", "this"). */
export const IS_DEGREE = 32;
/** The key follows the first word of some multi-token item (a key of a trie level). */
export const IN_TRIE = 16;
/**
 * Int32 per cell and offsets of its fields (cell index × CELL + field): id + 1, META | length << 8,
 * the key's first four codes, detection mask. Measured: 16-byte cells (1 MB for English) scored
 * English texts about 1.5% faster (same-process A/B, median of six runs; up to 3% in separate processes) than 32-byte cells holding the hash and 16
 * codes (2 MB, past this machine's 2 MB L2 cache per core).
 */
const CELL = 4;
export const CELL_META = 1;
const CELL_HEAD = 2;
export const CELL_DETECT = 3;
/** Int32 per key in `tails` (codes 5 to INLINE). */
const TAIL = 3;
/** Codes of a key kept in its cell (stated reasoning: nearly all words are shorter; a match then reads no string, one cache line per look-up). */
const INLINE = 16;

const cache = new WeakMap<CompiledPack, AsciiTable>();

/** Made of a-z and ' only (what the scanner's fast path reads). */
function isLowerAscii(k: string): boolean {
  if (k.length === 0) return false;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if ((c < 97 || c > 122) && c !== 39) return false;
  }
  return true;
}

/** FNV-1a over the codes of a key. */
function hashKey(k: string): number {
  let h = HASH_START;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), HASH_PRIME);
  return h;
}

/**
 * The table of a compiled pack (built once per pack: O(lexicon size)). Keys are the forms of
 * `lookup` and `vocabulary` made only of a-z and '.
 *
 * @example
 * const t = asciiTableOf(compilePack(enPack));
 * t.keys.indexOf('good') >= 0; // true
 */
export function asciiTableOf(pack: CompiledPack): AsciiTable {
  let table = cache.get(pack);
  if (table !== undefined) return table;
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const k of pack.lookup.keys()) if (isLowerAscii(k) && !seen.has(k)) keys.push(k), seen.add(k);
  for (const k of pack.vocabulary) if (isLowerAscii(k) && !seen.has(k)) keys.push(k), seen.add(k);
  const trie = new Set<string>();
  const walk = (level: ReadonlyMap<string, MultiNode>): void => {
    for (const [k, node] of level) {
      trie.add(k);
      if (node.next !== undefined) walk(node.next);
    }
  };
  for (const slot of pack.lookup.values()) if (slot.multi !== undefined) walk(slot.multi);
  for (const k of trie) if (isLowerAscii(k) && !seen.has(k)) keys.push(k), seen.add(k);
  const degree = new Set(TEXT_DEFAULTS.degreeWords);
  for (const k of degree) if (isLowerAscii(k) && !seen.has(k)) keys.push(k), seen.add(k);
  let size = 16;
  while (size < keys.length * 3) size *= 2; // load ≤ 1/3 (measured: English scoreText 3% faster than at ≤ 2/3, shorter probe runs, with 32-byte cells; with 16-byte cells ≤ 2/3 was also slower; 1 MB for the 20,060 English keys; ≤ 1/6 no faster)
  const filter = new Int32Array(1 << 13);
  const cells = new Int32Array(size * CELL);
  const tails = new Int32Array(keys.length * TAIL);
  const mask = size - 1;
  const slots: (Slot | undefined)[] = [];
  const entries: (LexiconEntry | undefined)[] = [];
  keys.forEach((k, i) => {
    const slot = pack.lookup.get(k);
    slots.push(slot);
    entries.push(slot?.entry);
    const h = hashKey(k);
    filter[h >>> 19] = (filter[h >>> 19] as number) | (1 << ((h >>> 14) & 31));
    let cell = h & mask;
    while (cells[cell * CELL] !== 0) cell = (cell + 1) & mask;
    const at = cell * CELL;
    cells[at] = i + 1;
    cells[at + CELL_META] =
      (slot?.entry !== undefined ? HAS_ENTRY : 0) | (slot?.marker !== undefined ? HAS_MARKER : 0) | (slot?.multi !== undefined ? HAS_MULTI : 0) |
      (pack.vocabulary.has(k) ? IN_VOCABULARY : 0) | (trie.has(k) ? IN_TRIE : 0) | (degree.has(k) ? IS_DEGREE : 0) | (k.length << 8);
    cells[at + CELL_DETECT] = slot?.detect ?? 0;
    for (let c = 0; c < k.length && c < 4; c++) cells[at + CELL_HEAD] = (cells[at + CELL_HEAD] as number) | (k.charCodeAt(c) << (c * 8));
    for (let c = 4; c < k.length && c < INLINE; c++) tails[i * TAIL + ((c - 4) >> 2)] = (tails[i * TAIL + ((c - 4) >> 2)] as number) | (k.charCodeAt(c) << ((c & 3) * 8));
  });
  table = { cells, tails, mask, filter, keys, slots, entries };
  cache.set(pack, table);
  return table;
}

/** FNV-1a offset basis and prime: the hash of a word is folded letter by letter as it is scanned. */
export const HASH_START = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/**
 * Cell (× CELL: the index of its first field) of the key equal to the ASCII letters and apostrophes text[start, end)
 * lower-cased (followed by "g" when `g`), or -1; `hash` is their FNV-1a hash over the lower-cased codes (HASH_START, HASH_PRIME;
 * with the "g"). O(length).
 *
 * @example
 * table.keys[table.cells[findAscii(table, hash, 'lovin it', 0, 5, true)] - 1]; // 'loving'
 */
export function findAscii(table: AsciiTable, hash: number, text: string, start: number, end: number, g: boolean): number {
  const len = end - start + (g ? 1 : 0);
  if (((table.filter[hash >>> 19] as number) & (1 << ((hash >>> 14) & 31))) === 0) return -1;
  const cells = table.cells;
  const mask = table.mask;
  const n = end - start;
  for (let cell = hash & mask; ; cell = (cell + 1) & mask) {
    const at = cell * CELL;
    const id = (cells[at] as number) - 1;
    if (id < 0) return -1;
    if ((cells[at + CELL_META] as number) >>> 8 !== len) continue;
    // the rare readers (a dropped g, a #tag piece, a vote) compare the key itself
    const key = table.keys[id] as string;
    let i = 0;
    while (i < n && key.charCodeAt(i) === (text.charCodeAt(start + i) | 0x20)) i++;
    if (i === n && (!g || key.charCodeAt(i) === 103)) return at;
  }
}

/**
 * {@link findAscii} for a word whose first four lower-cased codes the scanner packed as it read
 * them (`packed`: code k at bits 8k, as the cells keep them): a word of up to four letters is
 * matched by one int compare, a longer one from its fifth code on (measured: re-reading the text
 * to compare was most of a found word's look-up). The caller has checked the filter. O(length).
 *
 * @example
 * findPacked(table, hash, 'so good', 3, 4, 0x646f6f67); // the cell of 'good'
 */
export function findPacked(table: AsciiTable, hash: number, text: string, start: number, len: number, packed: number): number {
  const cells = table.cells;
  const mask = table.mask;
  for (let cell = hash & mask; ; cell = (cell + 1) & mask) {
    const at = cell * CELL;
    const id = cells[at] as number;
    if (id === 0) return -1;
    if (cells[at + CELL_HEAD] !== packed || (cells[at + CELL_META] as number) >>> 8 !== len) continue;
    if (len <= 4) return at;
    let i = 4;
    if (len <= INLINE) {
      const tails = table.tails;
      const base = (id - 1) * TAIL - 1; // code i (4 ≤ i < 16) is in tails[base + (i >> 2)]
      while (i < len && (((tails[base + (i >> 2)] as number) >>> ((i & 3) * 8)) & 255) === (text.charCodeAt(start + i) | 0x20)) i++;
    } else {
      const key = table.keys[id - 1] as string;
      while (i < len && key.charCodeAt(i) === (text.charCodeAt(start + i) | 0x20)) i++;
    }
    if (i === len) return at;
  }
}
