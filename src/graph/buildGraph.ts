import { checkOptionNames } from '../checkOptionNames';
import { InvalidOptionError, UnknownCustomerError } from '../errors';
import { type CustomerId, idKey } from '../ids';
import type { DataIssue } from '../issues';
import type { Overrides } from '../mergeOverrides';
import { CompactGraph } from './CompactGraph';
import type { TieDefaults } from './defaults';
import { resolveTieDefaults } from './resolveTieDefaults';
import { TIE_KINDS, type RelationshipEdge } from './schema';

/** Options of {@link buildGraph}. */
export interface BuildGraphOptions {
  /** Treat every edge as one-way (source → target). Default false: influence flows both ways. */
  directed?: boolean;
  /** Known customers, in order (isolated customers included). Edges naming others: see `unknownIds`. */
  customers?: Iterable<CustomerId>;
  /**
   * What to do with an edge naming a customer not in `customers`: `'add'` the customer, `'reject'`
   * the edge as a data issue, or `'throw'` an {@link UnknownCustomerError}. Default: `'add'` when no
   * `customers` are given, `'reject'` when they are.
   */
  unknownIds?: 'add' | 'reject' | 'throw';
  /** Override some tie defaults (chances per strength, default strength of some kinds), merged key by key. */
  tieDefaults?: Overrides<TieDefaults>;
}

/** Counts of a build, which always reconcile: `rows = used + rejected`. */
export interface BuildGraphStats {
  rows: number;
  used: number;
  rejected: number;
  /** Rows that named an arc already present and were merged into it. */
  mergedArcs: number;
}

/** What {@link buildGraph} returns. */
export interface BuildGraphResult {
  graph: CompactGraph;
  issues: DataIssue[];
  stats: BuildGraphStats;
}

class Growable {
  u32a = new Uint32Array(1024);
  u32b = new Uint32Array(1024);
  f32p = new Float32Array(1024);
  f32t = new Float32Array(1024);
  u8k = new Uint8Array(1024);
  length = 0;
  push(s: number, t: number, p: number, trust: number, kind: number): void {
    if (this.length === this.u32a.length) this.grow();
    const i = this.length++;
    this.u32a[i] = s;
    this.u32b[i] = t;
    this.f32p[i] = p;
    this.f32t[i] = trust;
    this.u8k[i] = kind;
  }
  private grow(): void {
    const n = this.u32a.length * 2;
    const g = <T extends Uint32Array | Float32Array | Uint8Array>(a: T, C: new (n: number) => T): T => {
      const b = new C(n);
      b.set(a);
      return b;
    };
    this.u32a = g(this.u32a, Uint32Array);
    this.u32b = g(this.u32b, Uint32Array);
    this.f32p = g(this.f32p, Float32Array);
    this.f32t = g(this.f32t, Float32Array);
    this.u8k = g(this.u8k, Uint8Array);
  }
}

/** The option names of {@link buildGraph}: a misspelt one ('direct') is misuse, not ignored. */
const OPTION_NAMES: readonly (keyof BuildGraphOptions)[] = ['directed', 'customers', 'unknownIds', 'tieDefaults'];

const KIND_CODE: Record<string, number> = Object.fromEntries(TIE_KINDS.map((k, i) => [k, i + 1]));

function isId(v: unknown): v is CustomerId {
  return (typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v));
}

/**
 * Build a compact relationship graph from edge rows.
 *
 * Rules (all documented in the README):
 * - an undirected edge (the default) becomes two arcs; `directed: true` on the edge or in the
 *   options keeps one;
 * - each arc's transmission chance is the edge's `probability`; else, when the edge gives a
 *   `strength` or a `kind`, the tie default ({@link TIE_DEFAULTS}: strong 0.1, weak 0.02, a numeric
 *   strength s giving weak + s × (strong − weak)); else the weighted-cascade chance 1 / in-degree
 *   of the target (Kempe et al. 2003);
 * - self loops and malformed rows are rejected as data issues (never thrown);
 * - parallel rows for the same arc are merged: rows with a chance of their own combine as
 *   independent chances, 1 − Π(1 − pᵢ); rows without one count once, as one weighted-cascade
 *   chance; trust is averaged (a row without trust counts as 1) and the first row's kind is kept.
 *   The merge count is reported as one `warning` issue.
 *
 * Runs in O(rows + customers) time; memory as in {@link CompactGraph}.
 *
 * @example
 * const { graph, issues, stats } = buildGraph([
 *   { source: 'ann', target: 'bob', kind: 'kin' },
 *   { source: 'bob', target: 'cat', probability: 0.3, directed: true },
 *   { source: 'cat', target: 'cat' }, // self loop: rejected, reported in issues
 * ]);
 * graph.order; // 3
 * stats; // { rows: 3, used: 2, rejected: 1, mergedArcs: 0 }
 */
export function buildGraph(
  edges: Iterable<RelationshipEdge>,
  options: BuildGraphOptions = {},
): BuildGraphResult {
  if (edges == null || typeof (edges as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new InvalidOptionError('edges must be an iterable of relationship rows', ['edges']);
  }
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options must be an object', ['options']);
  checkOptionNames(options, OPTION_NAMES);
  const ties = resolveTieDefaults(options.tieDefaults);
  if (options.directed !== undefined && typeof options.directed !== 'boolean') {
    throw new InvalidOptionError('directed must be a boolean', ['options', 'directed']);
  }
  if (options.unknownIds !== undefined && !['add', 'reject', 'throw'].includes(options.unknownIds)) {
    throw new InvalidOptionError("unknownIds must be 'add', 'reject' or 'throw'", ['options', 'unknownIds']);
  }
  const allDirected = options.directed === true;
  const ids: CustomerId[] = [];
  const index = new Map<string, number>();
  const known = options.customers !== undefined;
  if (known) {
    for (const id of options.customers!) {
      if (!isId(id)) throw new InvalidOptionError('customers must be non-empty strings or finite numbers', ['options', 'customers']);
      const k = idKey(id);
      if (!index.has(k)) {
        index.set(k, ids.length);
        ids.push(id);
      }
    }
  }
  const unknownIds = options.unknownIds ?? (known ? 'reject' : 'add');
  const issues: DataIssue[] = [];
  const buf = new Growable();
  let rows = 0;
  let rejected = 0;
  let anyTrust = false;

  const reject = (i: number, code: string, reason: string, record: unknown, path?: string[]): void => {
    rejected++;
    issues.push({ severity: 'rejected', code, reason, index: i, record, ...(path ? { path } : {}) });
  };
  const resolveId = (id: CustomerId, i: number, field: string, record: unknown): number => {
    const k = idKey(id);
    const found = index.get(k);
    if (found !== undefined) return found;
    if (unknownIds === 'add') {
      index.set(k, ids.length);
      ids.push(id);
      return ids.length - 1;
    }
    if (unknownIds === 'throw') {
      throw new UnknownCustomerError(`edge ${i} names unknown customer ${k}`, ['edges', i, field]);
    }
    reject(i, 'unknown-customer', `${field} ${k} is not a known customer`, record, [field]);
    return -1;
  };

  for (const e of edges) {
    const i = rows++;
    if (e === null || typeof e !== 'object') {
      reject(i, 'not-an-object', 'edge row is not an object', e);
      continue;
    }
    const { source, target, kind, strength, directed, probability, trust } = e;
    if (!isId(source)) {
      reject(i, 'invalid-id', 'source must be a non-empty string or a finite number', e, ['source']);
      continue;
    }
    if (!isId(target)) {
      reject(i, 'invalid-id', 'target must be a non-empty string or a finite number', e, ['target']);
      continue;
    }
    if (idKey(source) === idKey(target)) {
      reject(i, 'self-loop', `self loop on ${idKey(source)} dropped`, e);
      continue;
    }
    let kindCode = 0;
    if (kind !== undefined) {
      // Own keys only: 'toString' or '__proto__' would otherwise find Object.prototype's members.
      kindCode = typeof kind === 'string' && Object.hasOwn(KIND_CODE, kind) ? KIND_CODE[kind]! : -1;
      if (kindCode < 0) {
        reject(i, 'invalid-kind', `kind must be one of ${TIE_KINDS.join(', ')}`, e, ['kind']);
        continue;
      }
    }
    let p = Number.NaN; // NaN: weighted cascade, resolved after in-degrees are known
    if (probability !== undefined) {
      if (!(typeof probability === 'number' && probability >= 0 && probability <= 1)) {
        reject(i, 'invalid-probability', 'probability must be a number in [0, 1]', e, ['probability']);
        continue;
      }
      p = probability;
    } else if (strength !== undefined) {
      if (strength === 'strong') p = ties.strong;
      else if (strength === 'weak') p = ties.weak;
      else if (typeof strength === 'number' && strength >= 0 && strength <= 1) {
        p = ties.weak + strength * (ties.strong - ties.weak);
      } else {
        reject(i, 'invalid-strength', "strength must be 'strong', 'weak' or a number in [0, 1]", e, ['strength']);
        continue;
      }
    } else if (kindCode > 0) {
      p = ties.kindStrength[kind!] === 'strong' ? ties.strong : ties.weak;
    }
    let t = 1;
    if (trust !== undefined) {
      if (!(typeof trust === 'number' && trust >= -1 && trust <= 1)) {
        reject(i, 'invalid-trust', 'trust must be a number in [-1, 1]', e, ['trust']);
        continue;
      }
      t = trust;
      anyTrust = true;
    }
    if (directed !== undefined && typeof directed !== 'boolean') {
      reject(i, 'invalid-directed', 'directed must be a boolean', e, ['directed']);
      continue;
    }
    const s = resolveId(source, i, 'source', e);
    if (s < 0) continue;
    const d = resolveId(target, i, 'target', e);
    if (d < 0) continue;
    buf.push(s, d, p, t, kindCode);
    if (!(allDirected || directed === true)) buf.push(d, s, p, t, kindCode);
  }

  const n = ids.length;
  const m = buf.length;
  // Counting sort of raw arcs by source.
  const rawOff = new Uint32Array(n + 1);
  for (let i = 0; i < m; i++) rawOff[buf.u32a[i]! + 1]!++;
  for (let u = 0; u < n; u++) rawOff[u + 1]! += rawOff[u]!;
  const fill = rawOff.slice(0, n);
  const order = new Uint32Array(m);
  for (let i = 0; i < m; i++) order[fill[buf.u32a[i]!]!++] = i;

  // Merge parallel arcs row by row with a stamp array: O(arcs).
  const outOffsets = new Uint32Array(n + 1);
  const tgt = new Uint32Array(m);
  const complement = new Float64Array(m); // Π(1 − p) over rows with their own chance
  const wc = new Uint8Array(m); // 1 when some row had no chance of its own
  const trustSum = new Float64Array(m);
  const rowCount = new Uint32Array(m);
  const kinds = new Uint8Array(m);
  const slotOf = new Int32Array(n).fill(-1);
  const stampOf = new Int32Array(n).fill(-1);
  let w = 0;
  let merged = 0;
  for (let u = 0; u < n; u++) {
    outOffsets[u] = w;
    for (let r = rawOff[u]!; r < rawOff[u + 1]!; r++) {
      const i = order[r]!;
      const v = buf.u32b[i]!;
      const p = buf.f32p[i]!;
      let slot: number;
      if (stampOf[v] === u) {
        slot = slotOf[v]!;
        merged++;
      } else {
        slot = w++;
        stampOf[v] = u;
        slotOf[v] = slot;
        tgt[slot] = v;
        complement[slot] = 1;
        kinds[slot] = buf.u8k[i]!;
      }
      if (Number.isNaN(p)) wc[slot] = 1;
      else complement[slot]! *= 1 - p;
      trustSum[slot]! += buf.f32t[i]!;
      rowCount[slot]!++;
      if (kinds[slot] === 0) kinds[slot] = buf.u8k[i]!;
    }
  }
  outOffsets[n] = w;
  const inDeg = new Uint32Array(n);
  for (let a = 0; a < w; a++) inDeg[tgt[a]!]!++;
  const outTargets = tgt.slice(0, w);
  const outProbability = new Float32Array(w);
  const outTrust = anyTrust ? new Float32Array(w) : null;
  for (let a = 0; a < w; a++) {
    const c = wc[a] ? complement[a]! * (1 - 1 / inDeg[outTargets[a]!]!) : complement[a]!;
    outProbability[a] = 1 - c;
    if (outTrust) outTrust[a] = trustSum[a]! / rowCount[a]!;
  }
  const outKind = kinds.slice(0, w);

  // Reverse rows.
  const inOffsets = new Uint32Array(n + 1);
  for (let u = 0; u < n; u++) inOffsets[u + 1] = inOffsets[u]! + inDeg[u]!;
  const inFill = inOffsets.slice(0, n);
  const inSources = new Uint32Array(w);
  const inArc = new Uint32Array(w);
  for (let u = 0; u < n; u++) {
    for (let a = outOffsets[u]!; a < outOffsets[u + 1]!; a++) {
      const j = inFill[outTargets[a]!]!++;
      inSources[j] = u;
      inArc[j] = a;
    }
  }

  if (merged > 0) {
    issues.push({
      severity: 'warning',
      code: 'merged-parallel',
      reason: `${merged} arc rows repeated an arc already present and were merged into it`,
      record: { mergedArcs: merged },
    });
  }
  const graph = new CompactGraph({
    ids,
    outOffsets,
    outTargets,
    outProbability,
    outTrust,
    outKind,
    inOffsets,
    inSources,
    inArc,
  });
  return { graph, issues, stats: { rows, used: rows - rejected, rejected, mergedArcs: merged } };
}
