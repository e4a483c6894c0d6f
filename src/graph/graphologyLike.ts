/**
 * The few graphology methods the interop uses, typed structurally so that the core needs neither
 * graphology nor its types at run time or in its published types (graphology is an optional peer
 * dependency: users who have it pass their instance or its constructor in).
 */
export interface GraphologyLike {
  order: number;
  forEachNode(callback: (key: string, attributes: Record<string, unknown>) => void): void;
  forEachEdge(
    callback: (
      edge: string,
      attributes: Record<string, unknown>,
      source: string,
      target: string,
      sourceAttributes: Record<string, unknown>,
      targetAttributes: Record<string, unknown>,
      undirected: boolean,
    ) => void,
  ): void;
}

/** What `toGraphology` needs of a graph it builds. */
export interface GraphologyWritable {
  addNode(key: string, attributes?: Record<string, unknown>): unknown;
  addDirectedEdge(source: string, target: string, attributes?: Record<string, unknown>): unknown;
}

/** A graphology graph constructor (`Graph`, `DirectedGraph` from the graphology package). */
export type GraphologyConstructor<G extends GraphologyWritable = GraphologyWritable> = new (options?: {
  type?: 'directed' | 'undirected' | 'mixed';
  multi?: boolean;
  allowSelfLoops?: boolean;
}) => G;
