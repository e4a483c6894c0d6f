import { InvalidInputError } from '../errors';
import type { CustomerId } from '../ids';
import { type BuildGraphOptions, type BuildGraphResult, buildGraph } from './buildGraph';
import type { GraphologyLike } from './graphologyLike';
import type { RelationshipEdge } from './schema';

/** Options of {@link fromGraphology}. */
export interface FromGraphologyOptions {
  /**
   * Read a relationship's fields from a graphology edge's attributes. Default: the attributes
   * named `probability`, `trust`, `kind` and `strength`, when present.
   */
  edge?: (attributes: Record<string, unknown>, source: string, target: string) => Partial<RelationshipEdge>;
  /** Customer id of a node key. Default: the key itself (graphology keys are strings). */
  id?: (key: string, attributes: Record<string, unknown>) => CustomerId;
  /** Tie defaults, as in `buildGraph`. */
  tieDefaults?: BuildGraphOptions['tieDefaults'];
}

const FIELDS = ['probability', 'trust', 'kind', 'strength'] as const;

function defaultEdge(attributes: Record<string, unknown>): Partial<RelationshipEdge> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) if (attributes[f] !== undefined) out[f] = attributes[f];
  return out as Partial<RelationshipEdge>;
}

/**
 * Build a compact graph from a graphology graph (graphology is an optional peer dependency: pass
 * your instance; nothing of graphology is imported here). Every node becomes a customer (isolated
 * ones too, in graphology's node order); a directed edge becomes one arc, an undirected edge two;
 * edge attributes are read as in `buildGraph` (self loops, bad values: returned issues; parallel
 * edges of a multigraph: merged by buildGraph's rule).
 *
 * O(nodes + edges).
 *
 * @example
 * import Graph from 'graphology';
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('ann', 'bob', { probability: 0.3, kind: 'kin' });
 * const { graph, issues } = fromGraphology(g);
 * graph.size; // 2 arcs: ann → bob and bob → ann, each with chance 0.3
 */
export function fromGraphology(graph: GraphologyLike, options: FromGraphologyOptions = {}): BuildGraphResult {
  if (graph === null || typeof graph !== 'object' || typeof graph.forEachEdge !== 'function' || typeof graph.forEachNode !== 'function') {
    throw new InvalidInputError('graph must be a graphology graph', ['graph']);
  }
  const toId = options.id ?? ((key: string) => key);
  const read = options.edge ?? defaultEdge;
  const ids = new Map<string, CustomerId>();
  graph.forEachNode((key, attributes) => {
    ids.set(key, toId(key, attributes));
  });
  const rows: RelationshipEdge[] = [];
  graph.forEachEdge((_edge, attributes, source, target, _sa, _ta, undirected) => {
    rows.push({ ...read(attributes, source, target), source: ids.get(source)!, target: ids.get(target)!, directed: !undirected });
  });
  return buildGraph(rows, { customers: ids.values(), unknownIds: 'reject', ...(options.tieDefaults ? { tieDefaults: options.tieDefaults } : {}) });
}
