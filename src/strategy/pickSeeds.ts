import { CompactGraph } from '../graph/CompactGraph';
import { CustomerEnergyError, InvalidInputError, InvalidOptionError, MissingOptionError } from '../errors';
import { createRng } from '../random/createRng';
import { wilsonEstimate } from '../stats/wilsonEstimate';
import { createRootPicker } from './createRootPicker';
import { PICK_SEEDS_DEFAULTS } from './defaults';
import { parseOptions } from './parseOptions';
import { resolveCandidates } from './resolveCandidates';
import { resolvePerCustomer } from './resolvePerCustomer';
import { reverseChances } from './reverseChances';
import { runImm } from './runImm';
import { createRrSampler } from './sampleRrSets';
import { PickSeedsOptionsSchema, type PickSeedsOptions, type PickSeedsResult } from './schema';
import type { CoverageLimit } from './selectMaxCoverage';

function empty(status: PickSeedsResult['status'], explanation: string, ratio: number): PickSeedsResult {
  return {
    status,
    explanation,
    seeds: [],
    estimate: { mean: 0, low95: 0, high95: 0 },
    samples: 0,
    theta: 0,
    lowerBound: 0,
    guarantee: { ratio, probability: 1, met: true },
    rule: 'gain',
    memoryBytes: 0,
    meanSetSize: 0,
  };
}

/**
 * Pick the customers whose delight would spread positive energy furthest: IMM (Tang, Shi and
 * Xiao, SIGMOD 2015) on reverse-reachable sets. With probability at least 1 − n^−ℓ the picks
 * reach at least (1 − 1/e − ε) of the best k-set's expected (size-weighted) reach.
 *
 * - Sampling: a reverse-reachable set is everyone who would have passed a message on to a random
 *   root (drawn by `size` when given); a set of picks reaches a customer in proportion to how many
 *   sets it hits (Borgs et al. 2014). IMM first bounds the optimum from below with θᵢ = λ′/xᵢ sets
 *   (ε′ = √2 ε, ℓ raised by log 2 / log n), then draws θ = λ* / LB sets — fresh ones by default
 *   (Chen 2018's correction); the search sets, independent of the picks, give `estimate`.
 * - Selection: greedy maximum coverage (lazy max-heap over exact counts on a flat Int32Array
 *   store); with a `budget`, the better of gain-per-cost and plain-gain greedy.
 * - Models: 'classic-cascade' (Kempe et al. 2003), 'cascade' (the signed cascade's chances for a
 *   positive message, from the spread engine: trust, sender level and size, incentives; distrust
 *   arcs, which would turn the message negative, and competition with negative origins are left
 *   out), 'threshold' (live-edge sampling, Tang et al. 2014; a lower bound where sender scaling
 *   pushes in-weights above 1, see `createRrSampler`).
 *
 * Time O(θ × mean set cost + members + n log n) expected, θ = O((k log n + ℓ log n) n / (OPT ε²));
 * memory about 4 × (members + θ) bytes for the flat store plus its inverted index
 * (see README for 1 M customers).
 *
 * @example
 * const { graph } = buildGraph(edges, { directed: true });
 * const { seeds, estimate } = pickSeeds(graph, { k: 50, seed: 1, model: 'classic-cascade' });
 * seeds[0]; // { customerId: 'ann', marginalGain: 31.2 }
 * estimate; // { mean: 479.8, low95: 476.1, high95: 483.5 }
 */
export function pickSeeds(graph: CompactGraph, options: PickSeedsOptions): PickSeedsResult {
  if (!(graph instanceof CompactGraph)) throw new InvalidInputError('graph must be a CompactGraph (buildGraph)', ['graph']);
  const o = parseOptions(PickSeedsOptionsSchema, options, ['seed']);
  const epsilon = o.epsilon ?? PICK_SEEDS_DEFAULTS.epsilon;
  const ell = o.ell ?? PICK_SEEDS_DEFAULTS.ell;
  const n = graph.order;
  if (o.k === undefined && o.budget === undefined) {
    throw new MissingOptionError('give k (how many to pick) or a budget', ['options', 'k']);
  }
  if (o.k !== undefined && o.budget !== undefined) {
    throw new InvalidOptionError('give k or budget, not both', ['options', 'budget']);
  }
  if (o.cost !== undefined && o.budget === undefined) {
    throw new InvalidOptionError('cost needs a budget', ['options', 'cost']);
  }
  if (n === 0) throw new CustomerEnergyError('E_EMPTY_GRAPH', 'the graph has no customers to pick from', ['graph']);
  const ratio = o.budget === undefined ? 1 - 1 / Math.E - epsilon : (1 - 1 / Math.E) / 2 - epsilon;
  const { allowed, count } = resolveCandidates(graph, o.candidates, ['options', 'candidates']);
  if (count === 0) return empty('no-candidates', 'no customer passes the candidates filter', ratio);
  if (o.k !== undefined && o.k > count) {
    throw new InvalidOptionError(`k = ${o.k} exceeds the ${count} candidates`, ['options', 'k']);
  }
  const weights = o.size === undefined ? null : resolvePerCustomer(graph, o.size, ['options', 'size'], false);
  let weight = n;
  if (weights !== null) {
    weight = 0;
    for (let i = 0; i < n; i++) weight += weights[i]!;
    if (!(weight > 0)) throw new InvalidOptionError('size is 0 for every customer: nothing to reach', ['options', 'size']);
  }
  const candWeights: number[] = [];
  for (let i = 0; i < n; i++) if (allowed === null || allowed[i] === 1) candWeights.push(weights === null ? 1 : weights[i]!);
  candWeights.sort((a, b) => b - a);

  let limit: CoverageLimit;
  let kBound: number;
  let floor: number;
  if (o.budget !== undefined) {
    // Only candidates are priced (a price list need not cover staff); the others never fit.
    const cost = o.cost === undefined ? new Float64Array(n).fill(1) : resolvePerCustomer(graph, o.cost, ['options', 'cost'], true, allowed, Infinity);
    const costs: number[] = [];
    let best = 0;
    for (let i = 0; i < n; i++) {
      if (allowed !== null && allowed[i] !== 1) continue;
      costs.push(cost[i]!);
      if (cost[i]! <= o.budget) best = Math.max(best, weights === null ? 1 : weights[i]!);
    }
    costs.sort((a, b) => a - b);
    kBound = 0;
    for (let spent = 0; kBound < costs.length && spent + costs[kBound]! <= o.budget; kBound++) spent += costs[kBound]!;
    if (kBound === 0) {
      return empty('budget-below-every-cost', `budget ${o.budget} is below the cheapest candidate's cost ${costs[0]}`, ratio);
    }
    limit = { budget: o.budget, cost };
    floor = best;
  } else {
    kBound = o.k!;
    limit = { k: kBound };
    floor = 0;
    for (let i = 0; i < kBound; i++) floor += candWeights[i]!;
  }
  if (!(floor > 0)) floor = weight / n;

  const model = o.model ?? PICK_SEEDS_DEFAULTS.model;
  const rng = createRng(o.seed, 0);
  const sample = createRrSampler({
    graph,
    inChance: reverseChances(graph, model, 1, o.seed, o),
    kind: model === 'threshold' ? 'threshold' : 'cascade',
    pickRoot: createRootPicker(weights, n, rng),
    rng,
  });
  const run = runImm({
    n,
    weight,
    candidates: count,
    allowed,
    limit,
    kBound,
    lowerBoundFloor: floor,
    epsilon,
    ell,
    maxSamples: o.maxSamples ?? PICK_SEEDS_DEFAULTS.maxSamples,
    minEstimateSamples: o.minEstimateSamples ?? PICK_SEEDS_DEFAULTS.minEstimateSamples,
    finalSample: o.finalSample ?? PICK_SEEDS_DEFAULTS.finalSample,
    sample,
  });
  const { selection, theta } = run;
  const picked = selection.nodes.length;
  return {
    status: 'picked',
    explanation:
      `picked ${picked} of ${count} candidates on ${theta} reverse-reachable sets (${model})` +
      (run.capped ? `; the sample was capped at maxSamples, so the guarantee is not met` : ''),
    seeds: selection.nodes.map((v, i) => ({ customerId: graph.ids[v]!, marginalGain: (weight * selection.gains[i]!) / theta })),
    estimate: wilsonEstimate(run.estimateHits, run.estimateSets, weight),
    samples: run.drawn,
    theta,
    lowerBound: run.lowerBound,
    guarantee: { ratio, probability: 1 - Math.pow(Math.max(n, 2), -ell), met: !run.capped },
    rule: selection.rule,
    memoryBytes: run.peakBytes,
    meanSetSize: run.meanSetSize,
  };
}
