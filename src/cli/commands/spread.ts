import { writeFileSync } from 'node:fs';
import { toGexf } from '../../export/toGexf';
import { toGraphml } from '../../export/toGraphml';
import { simulateSpread } from '../../spread/simulateSpread';
import { SPREAD_MODELS } from '../../spread/schema';
import { loadGraph } from '../loadGraph';
import { loadReadings } from '../loadReadings';
import { choiceFlag, rejectedExit, intFlag, parseFlags, seedFlag } from '../parseFlags';
import { textTable } from '../textTable';
import { UsageError } from '../UsageError';

/** Write an output file; one that cannot be written is a usage error (exit 2), not a crash. */
function writeOut(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write '${path}': ${e instanceof Error ? e.message : String(e)}`);
  }
}

export const SPREAD_USAGE = 'customer-energy spread --edges <edges.csv> --readings <readings.csv> [--runs 1000] [--seed 1] [--model cascade|threshold|classic-cascade] [--format text|json] [--gexf graph.gexf] [--graphml graph.graphml] [--quiet]';

/**
 * `customer-energy spread`: every customer with a non-zero energy in the readings is an origin;
 * the rest of the readings give the population's level and size. Prints expected positive and
 * negative reach with 95% intervals, the reach by round and the customers most at risk of turning
 * negative, or the whole SpreadResult as JSON; `--gexf` / `--graphml` also write the graph with
 * each customer's energy, level, size and reach. Exit 1 when reading or edge rows were rejected.
 */
export async function spreadCommand(args: string[]): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      edges: { type: 'string' },
      readings: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      model: { type: 'string' },
      format: { type: 'string' },
      gexf: { type: 'string' },
      graphml: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  );
  if (values.edges === undefined || values.readings === undefined) throw new UsageError('--edges and --readings are required (see customer-energy help)');
  const model = choiceFlag(values.model, 'model', SPREAD_MODELS, 'cascade');
  const format = choiceFlag(values.format, 'format', ['text', 'json'] as const, 'text');
  const runs = intFlag(values.runs, 'runs', 1000);
  const seed = seedFlag(values.seed, 1);
  const { readings, skipped } = await loadReadings(values.readings);
  const { graph, rejected } = await loadGraph(values.edges, readings);
  const origins = readings.filter((r) => r.energy !== 0);
  const result = simulateSpread(graph, origins, { seed, runs, model, population: readings });
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const est = (e: { mean: number; low95: number; high95: number }): string => `${e.mean.toFixed(1)} (95% ${e.low95.toFixed(1)}-${e.high95.toFixed(1)})`;
    const out: string[] = [
      `graph: ${graph.order} customers, ${graph.size} arcs (${rejected} edge rows rejected); ${origins.length} origins; ${runs} runs, seed ${seed}, model ${model}`,
      `expected reach: positive ${est(result.reach.positive)}, negative ${est(result.reach.negative)}`,
      `by round (positive / negative): ${result.byRound.slice(0, 6).map((r) => `${r.round}: ${r.positive.toFixed(1)}/${r.negative.toFixed(1)}`).join('  ')}`,
      '',
      'customers most likely to end negative:',
      textTable(
        ['customer', 'P(negative)', 'P(positive)'],
        [...result.customers].sort((a, b) => b.negative - a.negative).slice(0, 10).map((c) => [String(c.customerId), c.negative, c.positive]),
      ),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  }
  // The graph with energy, level, size and reach (chance of ending positive or negative) per customer.
  if (values.gexf !== undefined) writeOut(values.gexf, toGexf(graph, { readings, spread: result }));
  if (values.graphml !== undefined) writeOut(values.graphml, toGraphml(graph, { readings, spread: result }));
  const spreadIssues = result.issues.length > 0 ? `, ${result.issues.length} spread issues` : '';
  return rejectedExit(values.quiet, skipped, rejected, spreadIssues);
}
