import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors';
import { buildGraph } from '../../src/graph/buildGraph';
import { simulateSpreadParallel } from '../../src/node/spread/simulateSpreadParallel';
import { createRng } from '../../src/random/createRng';
import { simulateSpread } from '../../src/spread/simulateSpread';

const rng = createRng('parallel-graph', 0);
const rows = Array.from({ length: 600 }, () => ({
  source: Math.floor(rng.next() * 150),
  target: Math.floor(rng.next() * 150),
  ...(rng.next() < 0.3 ? { trust: rng.next() * 2 - 1 } : {}),
}));
const { graph } = buildGraph(rows);
const origins = [
  { customerId: 1, energy: 0.9, level: 0.8, size: 2 },
  { customerId: 7, energy: -0.6, level: 0.4 },
  { customerId: 33, energy: 0.3 },
];

describe('simulateSpreadParallel (worker threads)', () => {
  it('gives byte-identical results to simulateSpread for the same seed, whatever the number of workers', async () => {
    for (const model of ['cascade', 'threshold'] as const) {
      const options = { seed: 'w', runs: 301, model, cascadeTree: true, population: [{ customerId: 5, size: 3 }] };
      const single = JSON.stringify(simulateSpread(graph, origins, options));
      expect(single).toContain('"negative"');
      for (const workers of [1, 2, 3]) {
        const r = await simulateSpreadParallel(graph, origins, { ...options, workers });
        expect(JSON.stringify(r)).toBe(single);
      }
    }
  });

  it('rejects a bad worker count and passes on misuse errors', async () => {
    await expect(simulateSpreadParallel(graph, origins, { seed: 1, workers: 0 })).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(simulateSpreadParallel(graph, origins, { seed: 1, runs: 0, workers: 2 })).rejects.toBeInstanceOf(InvalidOptionError);
  });
});
