import { idKey } from '../../ids';
import { SPREAD_MODELS } from '../../spread/schema';
import { pickSeeds } from '../../strategy/pickSeeds';
import { loadGraph } from '../loadGraph';
import { loadReadings } from '../loadReadings';
import { choiceFlag, intFlag, numberFlag, parseFlags, rejectedExit, seedFlag } from '../parseFlags';
import { textTable } from '../textTable';
import { UsageError } from '../UsageError';

export const SEEDS_USAGE = 'customer-energy seeds --edges <edges.csv> --k 50 [--epsilon 0.1] [--seed 1] [--readings readings.csv] [--model classic-cascade|cascade|threshold] [--format text|json]';

/**
 * `customer-energy seeds`: whom to delight first (IMM). With `--readings`, only customers whose
 * energy is not negative are candidates and reach is weighted by their size. Exit 1 when reading or
 * edge rows were rejected.
 */
export async function seedsCommand(args: string[]): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      edges: { type: 'string' },
      k: { type: 'string' },
      epsilon: { type: 'string' },
      seed: { type: 'string' },
      readings: { type: 'string' },
      model: { type: 'string' },
      format: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  );
  if (values.edges === undefined) throw new UsageError('--edges is required (see customer-energy help)');
  const k = intFlag(values.k, 'k', 10);
  const epsilon = numberFlag(values.epsilon, 'epsilon', 0.1, 0, 1);
  const seed = seedFlag(values.seed, 1);
  const model = choiceFlag(values.model, 'model', SPREAD_MODELS);
  const format = choiceFlag(values.format, 'format', ['text', 'json'] as const, 'text');
  const loaded = values.readings === undefined ? undefined : await loadReadings(values.readings);
  const { graph, rejected } = await loadGraph(values.edges, loaded?.readings);
  let extra = {};
  const skipped = loaded?.skipped ?? 0;
  // k is cut to the pickable customers (at least 1, so an empty graph or filter says so itself).
  let pickable = graph.order;
  if (loaded !== undefined) {
    const readings = loaded.readings;
    const byId = new Map(readings.map((r) => [r.customerId, r]));
    const candidates = (id: string | number): boolean => (byId.get(idKey(id))?.energy ?? 0) >= 0;
    pickable = graph.ids.filter(candidates).length;
    extra = { candidates, size: (id: string | number) => byId.get(idKey(id))?.size ?? 1 };
  }
  const result = pickSeeds(graph, { k: Math.max(1, Math.min(k, pickable)), epsilon, seed, ...(model ? { model } : {}), ...extra });
  if (format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `${result.explanation}\nexpected reach of the ${result.seeds.length} picks: ${result.estimate.mean.toFixed(1)} (95% ${result.estimate.low95.toFixed(1)}-${result.estimate.high95.toFixed(1)}), ${result.samples} samples\n\n` +
        `${textTable(['#', 'customer', 'marginal gain'], result.seeds.map((s, i) => [String(i + 1), String(s.customerId), s.marginalGain]))}\n`,
    );
  }
  return rejectedExit(values.quiet, skipped, rejected);
}
