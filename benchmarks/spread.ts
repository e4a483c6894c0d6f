/**
 * `npm run bench:spread [-- --runs 10000] [-- --graphology-runs 200] [-- --workers 2]`
 *
 * For every graph in ../shared/data/graphs (header-less TSV; self loops dropped; facebook is
 * undirected and used in both directions; bitcoin signs ignored): the classic independent cascade
 * with weighted-cascade chances 1 / in-degree, from the 50 customers with most out-relationships
 * (ties: smaller id), 10,000 runs. Prints mean reach next to the reference figure of the data
 * README, edge visits per second next to a graphology-based implementation of the same model in
 * the same process (fewer runs), graph build time next to graphology's, and the worker-thread
 * speed-up (with the check that the result is byte-identical). Targets with PASS/FAIL.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import Graph from 'graphology';
import { buildGraph } from '../src/graph/buildGraph';
import type { CompactGraph } from '../src/graph/CompactGraph';
import { simulateSpreadParallel } from '../src/node/spread/simulateSpreadParallel';
import { createRng } from '../src/random/createRng';
import { simulateSpread } from '../src/spread/simulateSpread';

const args = process.argv.slice(2);
const flag = (name: string, d: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const RUNS = flag('--runs', 10_000);
const G_RUNS = flag('--graphology-runs', 200);
const WORKERS = flag('--workers', 2);
const K = 50;
const SEED = 2026;
const DATA = new URL('../../shared/data/graphs/', import.meta.url);

const GRAPHS = [
  { file: 'email-Eu-core.tsv', undirected: false, reference: 465.4 },
  { file: 'facebook_combined.tsv', undirected: true, reference: 1002.4 },
  { file: 'wiki-Vote.tsv', undirected: false, reference: 639.9 },
  { file: 'soc-sign-bitcoinalpha.tsv', undirected: false, reference: 1987.6 },
];

/** Targets: what PASS means. */
const TARGETS = {
  /** Edge visits per second, one core (issue 4; FACTS: a typed-array loop in Node does 56-95 M). */
  visitsPerSecond: 50e6,
  /** Speed over the graphology implementation (the issue reports about 100×; we ask for 20×). */
  overGraphology: 20,
  /** Build rate: 1 M rows in at most 3 s (issue: "a few seconds at most"). */
  buildRowsPerSecond: 1e6 / 3,
  /** |our mean − README mean| ≤ 4 × √2 × our standard error (both are 10,000-run estimates). */
  reachSigmas: 4,
  /** Worker speed-up with 2 workers on this 2-core (shared) machine. */
  workerSpeedUp: 1.3,
};

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const fmt = (x: number, d = 1) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const now = () => performance.now();

/**
 * Wall-clock and CPU seconds of `fn`. On a shared machine the wall clock includes time spent
 * waiting for a core; CPU time (process.cpuUsage, user + system) is the "one core" figure the
 * targets are about. Single-threaded sections only (workers would add their CPU time).
 */
function measure<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = now();
  const value = fn();
  const wall = (now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1e6 };
}

/** Best (least CPU) of `reps` measurements. */
function best<T>(reps: number, fn: () => T): { value: T; wall: number; cpu: number } {
  let b = measure(fn);
  for (let i = 1; i < reps; i++) {
    const m = measure(fn);
    if (m.cpu < b.cpu) b = m;
  }
  return b;
}

function readRows(file: string): [number, number][] {
  const text = readFileSync(new URL(file, DATA), 'utf8');
  const rows: [number, number][] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    const tab = line.indexOf('\t');
    const tab2 = line.indexOf('\t', tab + 1);
    rows.push([Number(line.slice(0, tab)), Number(line.slice(tab + 1, tab2 < 0 ? undefined : tab2))]);
  }
  return rows;
}

/** The same model on graphology: Set for visited, arrays for the queue, edge attribute p. */
function graphologyCascade(g: Graph, origins: string[], runs: number): { reach: number; visits: number } {
  let reach = 0;
  let visits = 0;
  for (let run = 0; run < runs; run++) {
    const rng = createRng(SEED, run);
    const seen = new Set<string>(origins);
    let frontier = [...seen];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const u of frontier) {
        g.forEachOutEdge(u, (_e, attrs, _s, v) => {
          visits++;
          if (!seen.has(v) && rng.next() < (attrs.p as number)) {
            seen.add(v);
            next.push(v);
          }
        });
      }
      frontier = next;
    }
    reach += seen.size;
  }
  return { reach: reach / runs, visits };
}

function topOrigins(graph: CompactGraph): number[] {
  const idx = Array.from({ length: graph.order }, (_, i) => i);
  idx.sort((a, b) => graph.outDegree(b) - graph.outDegree(a) || Number(graph.ids[a]) - Number(graph.ids[b]));
  return idx.slice(0, K);
}

const results: { name: string; ok: boolean[] }[] = [];
console.log(`Independent cascade, weighted cascade, ${K} origins with most out-relationships, seed ${SEED}`);
console.log(`ours: ${RUNS.toLocaleString()} runs; graphology: ${G_RUNS} runs; workers: ${WORKERS}`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (worker speed-ups need idle cores)\n`);

// A million rows: the issue's scale ("building it from 1 M edge rows takes a few seconds at most").
{
  const rng = createRng('bench-million', 0);
  const n = 100_000;
  const rows = Array.from({ length: 1_000_000 }, () => ({ source: Math.floor(rng.next() * n), target: Math.floor(rng.next() * n) }));
  const b = best(2, () => buildGraph(rows));
  const secs = b.cpu;
  const built = b.value;
  const { graph, stats } = built;
  const ok = secs <= 1e6 / TARGETS.buildRowsPerSecond;
  console.log(`== synthetic: 1,000,000 undirected rows on ${n.toLocaleString()} customers → ${graph.size.toLocaleString()} arcs (${stats.rejected} self loops)`);
  console.log(`  build           ours ${fmt(secs, 2)} s CPU, ${fmt(b.wall, 2)} s wall (best of 2) (graphology at its measured ~80-400 k rows/s: 2.5-12 s)   target ≤ ${fmt(1e6 / TARGETS.buildRowsPerSecond, 0)} s: ${pass(ok)}\n`);
  results.push({ name: 'synthetic', ok: [ok] });
}

for (const spec of GRAPHS) {
  const raw = readRows(spec.file);
  const rows = raw.filter(([s, t]) => s !== t);
  const edges = rows.map(([source, target]) => ({ source, target }));

  // Builds: best of 3 by CPU time (short timings on a shared machine are noisy).
  const ourB = best(3, () => buildGraph(edges, { directed: !spec.undirected }));
  const graph = ourB.value.graph;
  const gB = best(3, () => {
    const h = new Graph({ type: 'directed', multi: false });
    for (const [s, d] of rows) {
      h.mergeEdge(String(s), String(d));
      if (spec.undirected) h.mergeEdge(String(d), String(s));
    }
    h.forEachEdge((e, _a, _s, target) => h.setEdgeAttribute(e, 'p', 1 / h.inDegree(target)));
    return h;
  });
  const g = gB.value;
  const ourBuild = ourB.cpu;
  const gBuild = gB.cpu;

  const origins = topOrigins(graph).map((i) => graph.ids[i]!);
  const originRows = origins.map((customerId) => ({ customerId, energy: 1 }));

  // Warm up both implementations (JIT) before timing.
  simulateSpread(graph, originRows, { seed: SEED, runs: 200, model: 'classic-cascade' });
  graphologyCascade(g, origins.map(String), 5);

  const o = measure(() => simulateSpread(graph, originRows, { seed: SEED, runs: RUNS, model: 'classic-cascade' }));
  const ours = o.value;
  const ourRate = ours.edgeVisits / o.cpu;
  const p = measure(() => graphologyCascade(g, origins.map(String), G_RUNS));
  const peer = p.value;
  const gRate = peer.visits / p.cpu;

  const t = now();
  const par = await simulateSpreadParallel(graph, originRows, { seed: SEED, runs: RUNS, model: 'classic-cascade', workers: WORKERS });
  const parTime = (now() - t) / 1000;
  const same = JSON.stringify(par) === JSON.stringify(ours);

  const m = ours.reach.positive;
  const tol = TARGETS.reachSigmas * Math.SQRT2 * m.stdError;
  const okReach = Math.abs(m.mean - spec.reference) <= tol;
  const okRate = ourRate >= TARGETS.visitsPerSecond;
  const ratio = ourRate / gRate;
  const okRatio = ratio >= TARGETS.overGraphology;
  const buildRate = rows.length / ourBuild;
  const okBuild = buildRate >= TARGETS.buildRowsPerSecond;
  const speedUp = o.wall / parTime;
  const okSpeed = speedUp >= TARGETS.workerSpeedUp;

  console.log(`== ${spec.file}: ${graph.order.toLocaleString()} customers, ${graph.size.toLocaleString()} arcs (${raw.length - rows.length} self loops dropped)`);
  console.log(`  mean reach      ours ${fmt(m.mean)} ± ${fmt(m.stdError, 2)} (se)   README ${fmt(spec.reference)}   graphology (${G_RUNS} runs) ${fmt(peer.reach)}   |diff| ≤ ${fmt(tol, 2)}: ${pass(okReach)}`);
  console.log(`  edge visits/s   ours ${fmt(ourRate / 1e6)} M per CPU second (${fmt((o.cpu / RUNS) * 1e3, 3)} ms/run; wall ${fmt(ours.edgeVisits / o.wall / 1e6)} M/s)   graphology ${fmt(gRate / 1e6, 2)} M (${fmt((p.cpu / G_RUNS) * 1e3, 2)} ms/run; wall ${fmt(peer.visits / p.wall / 1e6, 2)} M/s)   ratio ${fmt(ratio)}x`);
  console.log(`                  target > ${TARGETS.visitsPerSecond / 1e6} M/s: ${pass(okRate)}   target ≥ ${TARGETS.overGraphology}x graphology: ${pass(okRatio)}`);
  console.log(`  build (CPU)     ours ${fmt(ourBuild * 1e3)} ms (${fmt(buildRate / 1e3, 0)} k rows/s)   graphology ${fmt(gBuild * 1e3)} ms (${fmt(rows.length / gBuild / 1e3, 0)} k rows/s)   ratio ${fmt(gBuild / ourBuild)}x   target ≥ ${fmt(TARGETS.buildRowsPerSecond / 1e3, 0)} k rows/s: ${pass(okBuild)}`);
  console.log(`  workers (wall)  ${WORKERS} threads ${fmt(parTime, 2)} s vs 1 thread ${fmt(o.wall, 2)} s: speed-up ${fmt(speedUp, 2)}x (target ≥ ${TARGETS.workerSpeedUp}x: ${pass(okSpeed)})   identical result: ${pass(same)}\n`);
  results.push({ name: spec.file, ok: [okReach, okRate, okRatio, okBuild, okSpeed, same] });
}

const failed = results.flatMap((r) => r.ok).filter((x) => !x).length;
console.log(`${failed === 0 ? 'ALL PASS' : `${failed} target(s) FAILED`} (machines are shared: read speeds as ratios)`);
process.exitCode = failed === 0 ? 0 : 1;
