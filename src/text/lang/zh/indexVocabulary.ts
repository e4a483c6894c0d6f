import { normaliseUnit } from './charClass';

/**
 * A vocabulary prepared for forward maximum matching: a trie over UTF-16 code units, node 0 the
 * root. Walking it from a position costs one Map look-up per matched unit and allocates nothing.
 */
export interface VocabularyIndex {
  /** Children of each node: code unit → child node. */
  readonly children: ReadonlyArray<ReadonlyMap<number, number> | undefined>;
  /** 1 where a vocabulary word ends at the node. */
  readonly terminal: Uint8Array;
  /** The root's children as a dense table (code unit → node, 0 = none): most probes stop here. */
  readonly root: Uint32Array;
}

const cache = new WeakMap<ReadonlySet<string>, VocabularyIndex>();

/**
 * Index a vocabulary once per Set object (cached in a WeakMap): every word normalised the way the
 * tokeniser normalises text (traditional → simplified, full-width → ASCII), lower-cased, and put in
 * a trie. O(total characters of the vocabulary) on first use, O(1) after.
 *
 * @example
 * const index = indexVocabulary(new Set(['不錯', '不']));
 * index.children[0]?.has('不'.charCodeAt(0)); // true
 */
export function indexVocabulary(vocabulary: ReadonlySet<string>): VocabularyIndex {
  const cached = cache.get(vocabulary);
  if (cached !== undefined) return cached;
  const children: Array<Map<number, number> | undefined> = [undefined];
  const ends: number[] = [];
  for (const raw of vocabulary) {
    if (typeof raw !== 'string' || raw.length === 0) continue;
    const word = raw.toLowerCase();
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = normaliseUnit(word.charCodeAt(i));
      let map = children[node];
      if (map === undefined) children[node] = map = new Map();
      let next = map.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(undefined);
        map.set(code, next);
      }
      node = next;
    }
    ends.push(node);
  }
  const terminal = new Uint8Array(children.length);
  for (const node of ends) terminal[node] = 1;
  const root = new Uint32Array(0x10000);
  for (const [code, node] of children[0] ?? []) root[code] = node;
  const index = { children, terminal, root };
  cache.set(vocabulary, index);
  return index;
}
