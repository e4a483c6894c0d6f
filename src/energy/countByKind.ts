import { EVENT_KINDS } from '../behaviour/schema';
import { countAt } from './customerTable';

const KIND_INDEX: ReadonlyMap<string, number> = new Map(EVENT_KINDS.map((k, j) => [k, j]));
/** Built-in kind codes in name order (byKind lists kinds alphabetically). */
const KINDS_BY_NAME: readonly number[] = EVENT_KINDS.map((_, j) => j).sort((a, b) => (EVENT_KINDS[a]! < EVENT_KINDS[b]! ? -1 : 1));

/**
 * A reading's `counts.byKind`: events per kind present, kinds in name order (so readings with
 * the same kinds share one hidden class); kinds of your own (`custom`) are merged in name order.
 * Counts are small integers. O(kinds).
 *
 * @example
 * countByKind(row, offset, undefined); // { contact: 2, purchase: 3 }
 */
export function countByKind(
  st: number[],
  r: number,
  custom: ReadonlyMap<string, number> | undefined,
): Record<string, number> {
  if (custom === undefined) {
    const byKind: Record<string, number> = {};
    for (const j of KINDS_BY_NAME) {
      const n = st[r + countAt(j)]!;
      if (n > 0) byKind[EVENT_KINDS[j]!] = n <= 0x7fffffff ? n | 0 : n;
    }
    return byKind;
  }
  const byKind: Record<string, number> = {};
  const names: string[] = [...custom.keys()];
  for (let j = 0; j < EVENT_KINDS.length; j++) if (st[r + countAt(j)]! > 0) names.push(EVENT_KINDS[j]!);
  names.sort();
  for (const name of names) {
    const j = KIND_INDEX.get(name);
    // defineProperty: a kind of your own may be called '__proto__'.
    Object.defineProperty(byKind, name, { value: j !== undefined ? st[r + countAt(j)]! : custom.get(name)!, enumerable: true, writable: true, configurable: true });
  }
  return byKind;
}
