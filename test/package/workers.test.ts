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

// scoreCsv's text workers, likewise: found from the built ESM and CJS, and the same bytes as one thread.
describe('scoreCsv with workers from the built package', () => {
  const csv = ['customer_id,created_at,comment', ...Array.from({ length: 1200 }, (_, i) => `c${i % 50},2026-02-${String(1 + (i % 28)).padStart(2, '0')},"${['Great, thanks!', '服务太差了', 'Pessimo servizio', 'ok'][i % 4]}"`), ',2026-02-01,no id'].join('\n');

  it.each([
    ['ESM', async () => import(join(root, 'dist/node/index.js'))],
    ['CJS', async () => require(join(root, 'dist/node/index.cjs'))],
  ])('%s: two workers give the one-thread output', async (_name, load) => {
    const node = await load();
    const { Readable, PassThrough } = await import('node:stream');
    const score = async (workers: number) => {
      const out = new PassThrough();
      let text = '';
      out.on('data', (d: Buffer) => (text += d.toString('utf8')));
      const summary = await node.scoreCsv(Readable.from([csv]), { out, workers });
      return { summary, text };
    };
    const one = await score(0);
    const two = await score(2);
    expect(two.text).toBe(one.text);
    expect(two.summary).toEqual(one.summary);
    expect(one.summary.rowsScored).toBe(1200);
    expect(one.summary.rowsRejected).toBe(1);
  });
});

// A worker inherits the process's Node options; those of an `-e` script must not reach it.
describe('workers started from `node --input-type=module -e`', () => {
  it('scoreCsv with a worker runs (and gives the one-thread output)', async () => {
    const { spawnSync } = await import('node:child_process');
    const url = new URL('dist/node/index.js', `file://${root}/`).href;
    const code = `
      const { scoreCsv } = await import(${JSON.stringify(url)});
      const { Readable, PassThrough } = await import('node:stream');
      const csv = 'customer_id,comment\\nann,great\\nbob,awful and never again\\n';
      const run = async (workers) => {
        const out = new PassThrough(); let text = ''; out.on('data', (d) => (text += d));
        await scoreCsv(Readable.from([csv]), { out, workers });
        return text;
      };
      const [a, b] = [await run(0), await run(1)];
      console.log(a === b && a.split('\\n').length === 4 ? 'same' : 'different');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('same');
  });
});
