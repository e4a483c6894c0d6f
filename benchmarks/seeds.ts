/**
 * npm run bench:seeds [-- --memory]
 *
 * IMM seed picking (pickSeeds, k = 50, ε = 0.1, classic independent cascade with weighted-cascade
 * chances 1 / in-degree) on the public graphs in ../shared/data/graphs, checked by 10,000 runs of
 * simulateSpread, next to the top-degree and PageRank heuristics measured in the same run and the
 * reference C++ IMM reach (data/graphs/README.md). Targets: IMM reach ≥ 99% of the C++ IMM reach;
 * selection time ≤ 2 × the time of 10,000 simulateSpread runs from the 50 top-degree customers.
 *
 * `--memory`: pickSeeds at ε = 0.5, k = 50 on a generated graph of 1 M customers and 10 M
 * relationships; prints θ, the mean set size, the store bytes and the formula.
 */
import { readFileSync } from 'node:fs';
import { buildGraph } from '../src/graph/buildGraph';
import type { CompactGraph } from '../src/graph/CompactGraph';
import { pickSeeds } from '../src/strategy/pickSeeds';
import { simulateSpread } from '../src/spread/simulateSpread';

const GRAPHS = [
  { file: 'email-Eu-core', directed: true, cppImm: 479.6, cppDegree: 465.4 },
  { file: 'facebook_combined', directed: false, cppImm: 1220.0, cppDegree: 1002.4 },
  { file: 'wiki-Vote', directed: true, cppImm: 672.9, cppDegree: 639.9 },
  { file: 'soc-sign-bitcoinalpha', directed: true, cppImm: 2052.8, cppDegree: 1987.6 },
];
const K = 50;
const RUNS = 10_000;

function load(file: string, directed: boolean): CompactGraph {
  const text = readFileSync(new URL(`../../shared/data/graphs/${file}.tsv`, import.meta.url), 'utf8');
  const rows: { source: string; target: string }[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [source, target] = line.split('\t');
    rows.push({ source: source!, target: target! }); // third column (sign) ignored; self loops are dropped by buildGraph
  }
  return buildGraph(rows, { directed }).graph;
}

/** The k largest out-degrees, ties broken by the smaller id (as data/graphs/README.md). */
function topDegree(g: CompactGraph, k: number): number[] {
  const idx = Array.from({ length: g.order }, (_, i) => i);
  idx.sort((a, b) => g.outDegree(b) - g.outDegree(a) || Number(g.ids[a]) - Number(g.ids[b]));
  return idx.slice(0, k);
}

/**
 * PageRank (damping 0.85, 100 iterations at most, tolerance 1e-9; Brin and Page 1998) on the
 * influence graph reversed and weighted by arc chance, so a customer ranks high when they
 * influence customers who rank high (the PageRank baseline of Chen, Wang and Wang, KDD 2010).
 */
function topPageRank(g: CompactGraph, k: number): number[] {
  const n = g.order;
  const outW = new Float64Array(n); // reversed graph: v → u for each arc u → v; weight of v's out-arcs = Σ p(u, v)
  for (let j = 0; j < g.size; j++) outW[g.outTargets[g.inArc[j]!]!]! += g.outProbability[g.inArc[j]!]!;
  let r = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < 100; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let v = 0; v < n; v++) if (outW[v] === 0) dangling += r[v]!;
    // In the reversed graph, u receives from each v it influences: Σ_v r[v] p(u, v) / outW[v].
    for (let u = 0; u < n; u++) {
      let s = 0;
      for (let a = g.outOffsets[u]!; a < g.outOffsets[u + 1]!; a++) {
        const v = g.outTargets[a]!;
        s += (r[v]! * g.outProbability[a]!) / outW[v]!;
      }
      next[u] = 0.15 / n + 0.85 * (s + dangling / n);
    }
    let diff = 0;
    for (let v = 0; v < n; v++) diff += Math.abs(next[v]! - r[v]!);
    r = next;
    if (diff < 1e-9) break;
  }
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => r[b]! - r[a]! || a - b);
  return idx.slice(0, k);
}

function reach(g: CompactGraph, seeds: number[]): { mean: number; ms: number } {
  const t = performance.now();
  const s = simulateSpread(g, seeds.map((i) => ({ customerId: g.ids[i]!, energy: 1 })), { seed: 2026, runs: RUNS, model: 'classic-cascade' });
  return { mean: s.reach.positive.mean, ms: performance.now() - t };
}

function quality(): boolean {
  console.log(`pickSeeds (IMM, k = ${K}, ε = 0.1, classic cascade, weighted-cascade chances); reach = mean of ${RUNS} simulateSpread runs`);
  console.log('| graph | customers | arcs | IMM reach | C++ IMM | ratio | top-degree reach (C++) | PageRank reach | IMM estimate [95%] | θ | selection s | 10k runs s | time ratio | quality | time |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  // Warm-up (JIT) of both measured paths on the smallest graph, so neither pays compilation.
  const w = load('email-Eu-core', true);
  const warm = pickSeeds(w, { k: K, epsilon: 0.5, seed: 0, model: 'classic-cascade' });
  reach(w, warm.seeds.map((x) => w.indexOf(x.customerId)).slice(0, K));
  let ok = true;
  for (const spec of GRAPHS) {
    const g = load(spec.file, spec.directed);
    const t0 = performance.now();
    const picked = pickSeeds(g, { k: K, epsilon: 0.1, seed: 1, model: 'classic-cascade' });
    const selectMs = performance.now() - t0;
    const imm = reach(g, picked.seeds.map((s) => g.indexOf(s.customerId)));
    const deg = reach(g, topDegree(g, K));
    const pr = reach(g, topPageRank(g, K));
    const ratio = imm.mean / spec.cppImm;
    const timeRatio = selectMs / deg.ms;
    const q = ratio >= 0.99;
    const t = timeRatio <= 2;
    ok &&= q && t;
    const e = picked.estimate;
    console.log(
      `| ${spec.file} | ${g.order} | ${g.size} | ${imm.mean.toFixed(1)} | ${spec.cppImm} | ${ratio.toFixed(4)} | ${deg.mean.toFixed(1)} (${spec.cppDegree}) | ${pr.mean.toFixed(1)} | ${e.mean.toFixed(1)} [${e.low95.toFixed(1)}, ${e.high95.toFixed(1)}] | ${picked.theta} | ${(selectMs / 1000).toFixed(2)} | ${(deg.ms / 1000).toFixed(2)} | ${timeRatio.toFixed(2)} | ${q ? 'PASS' : 'FAIL'} (≥ 0.99) | ${t ? 'PASS' : 'FAIL'} (≤ 2) |`,
    );
  }
  console.log(ok ? 'PASS: every graph within 1% of the C++ IMM reach and within 2x the simulation time' : 'FAIL: see the rows above');
  return ok;
}

function memory(): void {
  const n = 1_000_000;
  const m = 10_000_000;
  // Generated directed graph: each arc's source uniform, its target half uniform, half
  // preferential (the target of an earlier arc), giving a heavy-tailed in-degree; chances 1 / in-degree.
  let s = 12345;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    src[i] = Math.floor(next() * n);
    dst[i] = i > 0 && next() < 0.5 ? dst[Math.floor(next() * i)]! : Math.floor(next() * n);
  }
  function* rows() {
    for (let i = 0; i < m; i++) if (src[i] !== dst[i]) yield { source: src[i]!, target: dst[i]! };
  }
  const t0 = performance.now();
  const g = buildGraph(rows(), { directed: true, customers: Array.from({ length: n }, (_, i) => i) }).graph;
  console.log(`generated graph: ${g.order} customers, ${g.size} arcs, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const before = process.memoryUsage().arrayBuffers;
  const t1 = performance.now();
  const r = pickSeeds(g, { k: 50, epsilon: 0.5, seed: 1, model: 'classic-cascade' });
  const after = process.memoryUsage().arrayBuffers;
  console.log(
    `pickSeeds ε = 0.5, k = 50: ${((performance.now() - t1) / 1000).toFixed(1)} s; θ = ${r.theta}, sets drawn ${r.samples}, ` +
      `LB = ${r.lowerBound.toFixed(0)}, estimate ${r.estimate.mean.toFixed(0)}, mean set size ${r.meanSetSize.toFixed(1)}; peak store + index ≈ ${(r.memoryBytes / 2 ** 20).toFixed(0)} MiB ` +
      `(array buffers still held after return: ${((after - before) / 2 ** 20).toFixed(0)} MiB)`,
  );
}

if (process.argv.includes('--memory')) memory();
else if (!quality()) process.exitCode = 1;
