import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

// The worker file must be found from the built package, from ESM and from CJS alike, and give
// the single-threaded result for the same seed.
describe('simulateSpreadParallel from the built package', () => {
  const edges = [
    { source: 'a', target: 'b', probability: 0.5 },
    { source: 'b', target: 'c', probability: 0.5 },
    { source: 'a', target: 'd', probability: 0.3 },
    { source: 'd', target: 'c', probability: 0.9 },
  ];
  const options = { runs: 400, seed: 11, model: 'classic-cascade' as const };

  it.each([
    ['ESM', async () => [await import(join(root, 'dist/index.js')), await import(join(root, 'dist/node/index.js'))]],
    ['CJS', async () => [require(join(root, 'dist/index.cjs')), require(join(root, 'dist/node/index.cjs'))]],
  ])('%s: two workers give the single-thread result', async (_name, load) => {
    const [core, node] = await load();
    const { graph } = core.buildGraph(edges, { directed: true });
    const origins = [{ customerId: 'a', energy: 1 }];
    const single = core.simulateSpread(graph, origins, options);
    const parallel = await node.simulateSpreadParallel(graph, origins, { ...options, workers: 2 });
    expect(parallel.reach).toEqual(single.reach);
    expect(single.reach.positive.mean).toBeGreaterThan(1);
  });
});
