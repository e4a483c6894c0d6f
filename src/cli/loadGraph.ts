import { type BuildGraphStats, buildGraph } from '../graph/buildGraph';
import type { CompactGraph } from '../graph/CompactGraph';
import { loadEdges } from './loadEdges';

/** The graph of an edges CSV, and how many of its rows were set aside. */
export interface LoadedGraph {
  graph: CompactGraph;
  stats: BuildGraphStats;
  /** Edge rows not used: lines the CSV reader set aside (broken quote, wrong cell count) + rows `buildGraph` rejected. */
  rejected: number;
}

/**
 * Build the graph of an edges CSV for the spread, seeds and winbacks commands. Every line is used
 * or counted in `rejected`: lines the reader sets aside never reach `buildGraph`, so they are
 * added to its rejects here. Customers named by `readings` are customers of the graph even
 * without a relationship (listed first, in reading order): a negative origin with no ties still
 * ends negative, itself, and counts in the reach as the models define it (origins included).
 * O(rows + readings).
 *
 * @example
 * const { graph, rejected } = await loadGraph('edges.csv', readings);
 */
export async function loadGraph(path: string, readings: readonly { customerId: string }[] = []): Promise<LoadedGraph> {
  const { edges, table } = await loadEdges(path);
  const { graph, stats } = buildGraph(edges, { customers: readings.map((r) => r.customerId), unknownIds: 'add' });
  return { graph, stats, rejected: stats.rejected + table.skipped.length };
}
