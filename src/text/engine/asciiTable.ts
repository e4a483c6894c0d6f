import type { CompiledPack, Slot } from './compilePack';

/**
 * The pack's plain ASCII forms (a-z only) in an open-addressing hash table probed straight from
 * the text: a word of the text is found without slicing, lower-casing or hashing a new string.
 */
export interface AsciiTable {
  /** Key index + 1 per cell (0: empty); size a power of two. */
  readonly cells: Int32Array;
  /** The hash of each cell's key (compared before the key itself: a miss reads no string). */
  readonly hashes: Int32Array;
  readonly mask: number;
  readonly keys: readonly string[];
  /** The key's slot in the pack's lookup (undefined: only in the vocabulary). */
  readonly slots: readonly (Slot | undefined)[];
  /** 1 when the key is in the pack's vocabulary. */
  readonly vocab: Uint8Array;
}

const cache = new WeakMap<CompiledPack, AsciiTable>();

function isLowerAscii(k: string): boolean {
  if (k.length === 0) return false;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c < 97 || c > 122) return false;
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
 * `lookup` and `vocabulary` made only of a-z.
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
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const cells = new Int32Array(size);
  const hashes = new Int32Array(size);
  const mask = size - 1;
  const slots: (Slot | undefined)[] = [];
  const vocab = new Uint8Array(keys.length);
  keys.forEach((k, i) => {
    slots.push(pack.lookup.get(k));
    vocab[i] = pack.vocabulary.has(k) ? 1 : 0;
    const h = hashKey(k);
    let cell = h & mask;
    while (cells[cell] !== 0) cell = (cell + 1) & mask;
    cells[cell] = i + 1;
    hashes[cell] = h;
  });
  table = { cells, hashes, mask, keys, slots, vocab };
  cache.set(pack, table);
  return table;
}

/** FNV-1a offset basis and prime: the hash of a word is folded letter by letter as it is scanned. */
export const HASH_START = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/**
 * Index of the key equal to the ASCII letters text[start, end) lower-cased (followed by "g" when
 * `g`), or -1; `hash` is their FNV-1a hash over the lower-cased codes (HASH_START, HASH_PRIME;
 * with the "g"). O(length).
 *
 * @example
 * findAscii(table, hashOf('lovin') , 'lovin it', 0, 5, true); // index of 'loving'
 */
export function findAscii(table: AsciiTable, hash: number, text: string, start: number, end: number, g: boolean): number {
  const len = end - start + (g ? 1 : 0);
  const cells = table.cells;
  const hashes = table.hashes;
  const mask = table.mask;
  for (let cell = hash & mask; ; cell = (cell + 1) & mask) {
    const id = (cells[cell] as number) - 1;
    if (id < 0) return -1;
    if (hashes[cell] !== hash) continue;
    const key = table.keys[id] as string;
    if (key.length !== len) continue;
    let i = 0;
    while (i < end - start && key.charCodeAt(i) === (text.charCodeAt(start + i) | 0x20)) i++;
    if (i === end - start && (!g || key.charCodeAt(i) === 103)) return id;
  }
}
