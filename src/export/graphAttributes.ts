import { checkOptionNames } from '../checkOptionNames';
import { checkReadingLike } from '../energy/checkReadingLike';
import { InvalidInputError, InvalidOptionError } from '../errors';
import { CompactGraph } from '../graph/CompactGraph';
import { type CustomerId, idKey } from '../ids';

/** A reading as the graph exports need it: an `EnergyReading`, or any object of this shape. */
export interface ReadingLike {
  customerId: CustomerId;
  energy: number;
  level?: number;
  polarity?: string;
  size?: number;
}

/** Options shared by {@link toGexf} and {@link toGraphml}: what to attach to each customer. */
export interface GraphExportOptions {
  /** Readings to attach as node attributes (energy, level, polarity, size). Others get none. */
  readings?: Iterable<ReadingLike>;
  /**
   * Reach per customer, by graph index (an array such as a spread result's per-customer chance of
   * being reached) or as a function of the customer. Attached as the `reach` node attribute.
   */
  reach?: ArrayLike<number> | ((customerId: CustomerId, index: number) => number | undefined);
  /**
   * A spread result (`simulateSpread`): each customer's `reach` attribute becomes their chance of
   * being reached, positive + negative (customers never reached: 0). Ignored when `reach` is given.
   */
  spread?: { customers: readonly { customerId: CustomerId; positive: number; negative: number }[] };
}

/** The node attributes both formats write, in order, with their XML types. @internal */
export const NODE_ATTRIBUTES = [
  ['energy', 'double'],
  ['level', 'double'],
  ['polarity', 'string'],
  ['size', 'double'],
  ['reach', 'double'],
] as const;

/** The edge attributes both formats write. @internal */
export const EDGE_ATTRIBUTES = [
  ['probability', 'double'],
  ['trust', 'double'],
  ['kind', 'string'],
] as const;

/** Attribute values of one node, in NODE_ATTRIBUTES order (undefined: not known). @internal */
export type NodeValues = [number?, number?, string?, number?, number?];

/** Resolve each node's attribute values once: O(customers + readings). @internal */
export function nodeValues(graph: CompactGraph, options: GraphExportOptions): NodeValues[] {
  if (!(graph instanceof CompactGraph)) throw new InvalidInputError('graph must be a CompactGraph (buildGraph)', ['graph']);
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options must be an object', ['options']);
  checkOptionNames(options, ['readings', 'reach', 'spread']);
  const out: NodeValues[] = new Array(graph.order);
  for (let i = 0; i < graph.order; i++) out[i] = [];
  const { readings, reach, spread } = options;
  if (readings !== undefined && (readings === null || typeof (readings as Iterable<unknown>)[Symbol.iterator] !== 'function')) {
    throw new InvalidOptionError('readings must be an iterable of readings', ['options', 'readings']);
  }
  if (reach !== undefined && typeof reach !== 'function' && !(typeof reach === 'object' && reach !== null && typeof reach.length === 'number')) {
    throw new InvalidOptionError('reach must be an array of numbers or a function (customerId, index) => number', ['options', 'reach']);
  }
  if (spread !== undefined && !(typeof spread === 'object' && spread !== null && Array.isArray(spread.customers))) {
    throw new InvalidOptionError('spread must be a simulateSpread result', ['options', 'spread']);
  }
  if (readings) {
    let k = 0;
    for (const r of readings) {
      checkReadingLike(r, ['options', 'readings', k++], false);
      const i = graph.indexOf(r.customerId);
      if (i < 0) continue;
      const v = out[i]!;
      v[0] = r.energy;
      v[1] = r.level;
      v[2] = r.polarity;
      v[3] = r.size;
    }
  }
  if (!reach && spread) {
    for (let i = 0; i < graph.order; i++) out[i]![4] = 0;
    for (const c of spread.customers) {
      const i = c !== null && typeof c === 'object' ? graph.indexOf(c.customerId) : -1;
      const x = i >= 0 ? c.positive + c.negative : Number.NaN;
      if (Number.isFinite(x)) out[i]![4] = x;
    }
  }
  if (reach) {
    for (let i = 0; i < graph.order; i++) {
      const x = typeof reach === 'function' ? reach(graph.ids[i]!, i) : reach[i];
      if (typeof x === 'number' && Number.isFinite(x)) out[i]![4] = x;
    }
  }
  return out;
}

/** Characters XML 1.0 cannot hold at all (not even as a character reference), lone surrogates included. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * The node's id as written in the file (ids are strings there). A character XML cannot hold is
 * written as the six characters `\uXXXX` rather than dropped, so two customers whose ids differ
 * only there stay two nodes (dropping it gave duplicate node ids: an unreadable file). @internal
 */
export function nodeId(graph: CompactGraph, i: number): string {
  const id = idKey(graph.ids[i]!);
  return id.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Format a number attribute: finite numbers only, shortest round-trip form. @internal */
export function num(x: number | undefined): string | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? String(x) : undefined;
}
