import { type CustomerId, idKey } from '../ids';
import { TIE_KINDS, type TieKind } from './schema';

/** Arrays that make up a compact graph (compressed sparse rows, both directions). */
export interface CompactGraphArrays {
  ids: CustomerId[];
  outOffsets: Uint32Array;
  outTargets: Uint32Array;
  outProbability: Float32Array;
  outTrust: Float32Array | null;
  outKind: Uint8Array;
  inOffsets: Uint32Array;
  inSources: Uint32Array;
  inArc: Uint32Array;
}

/**
 * A relationship graph in compressed-sparse-row form: customers are numbered 0..order-1, and the
 * arcs (one-way links; an undirected relationship is two arcs) leaving customer `u` are
 * `outTargets[outOffsets[u] .. outOffsets[u+1])`, with their resolved transmission chance in
 * `outProbability`, their trust in `outTrust` (null when no edge had trust: everything trusted)
 * and tie kind in `outKind` (0 = none, i = `TIE_KINDS[i-1]`). The reverse rows (`inOffsets`,
 * `inSources`) list who reaches each customer; `inArc[j]` is the out-arc index of reverse entry j.
 *
 * Memory: 4 (n+1) × 2 + arcs × (4 + 4 + 1 + 4 + 4 [+ 4 trust]) bytes: about 340 MB for a million
 * customers and ten million undirected relationships (twenty million arcs).
 *
 * Build one with `buildGraph` or `fromGraphology`; it is immutable.
 *
 * @example
 * const { graph } = buildGraph([{ source: 'a', target: 'b' }]);
 * graph.order; // 2
 * graph.size; // 2 arcs: a → b and b → a
 */
export class CompactGraph {
  /** Number of customers. */
  readonly order: number;
  /** Number of arcs (an undirected relationship counts twice). */
  readonly size: number;
  /** Customer ids by index, in the order they were first seen. */
  readonly ids: readonly CustomerId[];
  readonly outOffsets: Uint32Array;
  readonly outTargets: Uint32Array;
  readonly outProbability: Float32Array;
  readonly outTrust: Float32Array | null;
  readonly outKind: Uint8Array;
  readonly inOffsets: Uint32Array;
  readonly inSources: Uint32Array;
  readonly inArc: Uint32Array;
  readonly #index: Map<string, number>;

  constructor(arrays: CompactGraphArrays) {
    this.ids = arrays.ids;
    this.order = arrays.ids.length;
    this.size = arrays.outTargets.length;
    this.outOffsets = arrays.outOffsets;
    this.outTargets = arrays.outTargets;
    this.outProbability = arrays.outProbability;
    this.outTrust = arrays.outTrust;
    this.outKind = arrays.outKind;
    this.inOffsets = arrays.inOffsets;
    this.inSources = arrays.inSources;
    this.inArc = arrays.inArc;
    this.#index = new Map();
    for (let i = 0; i < this.ids.length; i++) this.#index.set(idKey(this.ids[i]!), i);
  }

  /**
   * Index of a customer, or -1 when the graph does not know it. `1` and `'1'` are the same id.
   *
   * @example
   * graph.indexOf('a'); // 0
   */
  indexOf(id: CustomerId): number {
    return this.#index.get(idKey(id)) ?? -1;
  }

  /** Does the graph know this customer? @example graph.has('a') */
  has(id: CustomerId): boolean {
    return this.#index.has(idKey(id));
  }

  /** Number of arcs leaving customer index `i`. @example graph.outDegree(0) */
  outDegree(i: number): number {
    return this.outOffsets[i + 1]! - this.outOffsets[i]!;
  }

  /** Number of arcs reaching customer index `i`. @example graph.inDegree(0) */
  inDegree(i: number): number {
    return this.inOffsets[i + 1]! - this.inOffsets[i]!;
  }

  /** Tie kind of arc `a`, if the edge had one. @example graph.kindOf(0) // 'kin' */
  kindOf(a: number): TieKind | undefined {
    const k = this.outKind[a]!;
    return k === 0 ? undefined : TIE_KINDS[k - 1];
  }

  /**
   * The arcs as plain rows (for export and interop). O(arcs).
   *
   * @example
   * for (const arc of graph.arcs()) console.log(arc.source, '→', arc.target, arc.probability);
   */
  *arcs(): Generator<{
    source: CustomerId;
    target: CustomerId;
    probability: number;
    trust: number;
    kind: TieKind | undefined;
  }> {
    for (let u = 0; u < this.order; u++) {
      for (let a = this.outOffsets[u]!; a < this.outOffsets[u + 1]!; a++) {
        yield {
          source: this.ids[u]!,
          target: this.ids[this.outTargets[a]!]!,
          probability: this.outProbability[a]!,
          trust: this.outTrust ? this.outTrust[a]! : 1,
          kind: this.kindOf(a),
        };
      }
    }
  }
}
