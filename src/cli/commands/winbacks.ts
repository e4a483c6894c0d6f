import { SPREAD_MODELS } from '../../spread/schema';
import { pickWinBacks } from '../../strategy/pickWinBacks';
import { loadGraph } from '../loadGraph';
import { loadReadings } from '../loadReadings';
import { choiceFlag, intFlag, parseFlags, rejectedExit, seedFlag } from '../parseFlags';
import { textTable } from '../textTable';
import { UsageError } from '../UsageError';

export const WINBACKS_USAGE = 'customer-energy winbacks --edges <edges.csv> --readings <readings.csv> --k 20 [--seed 1] [--model cascade|threshold|classic-cascade] [--format text|json]';

/**
 * `customer-energy winbacks`: which negative customers to recover first, and the blocking
 * alternative. Exit 1 when reading or edge rows were rejected.
 */
export async function winbacksCommand(args: string[]): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      edges: { type: 'string' },
      readings: { type: 'string' },
      k: { type: 'string' },
      seed: { type: 'string' },
      model: { type: 'string' },
      format: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  );
  if (values.edges === undefined || values.readings === undefined) throw new UsageError('--edges and --readings are required (see customer-energy help)');
  const k = intFlag(values.k, 'k', 10);
  const seed = seedFlag(values.seed, 1);
  const model = choiceFlag(values.model, 'model', SPREAD_MODELS);
  const format = choiceFlag(values.format, 'format', ['text', 'json'] as const, 'text');
  const { readings, skipped } = await loadReadings(values.readings);
  const { graph, rejected } = await loadGraph(values.edges, readings);
  const result = pickWinBacks(graph, readings, { k, seed, ...(model ? { model } : {}) });
  if (format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const est = (x: { mean: number; low95: number; high95: number }): string => `${x.mean.toFixed(2)} (95% ${x.low95.toFixed(2)}-${x.high95.toFixed(2)})`;
    const table = (list: typeof result.winBacks): string =>
      textTable(['#', 'customer', 'negative reach avoided'], list.map((w, i) => [String(i + 1), String(w.customerId), est(w.negativeReachAvoided)]));
    process.stdout.write(
      `${result.negativeCustomers} negative customers; expected negative reach without action ${est(result.negativeReach)} (${result.samples} samples)\n\n` +
        `win back first:\n${table(result.winBacks)}\n\nor inoculate (blocking positions):\n${table(result.blockers)}\n`,
    );
  }
  return rejectedExit(values.quiet, skipped, rejected);
}
