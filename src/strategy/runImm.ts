import { RrStore } from './RrStore';
import { immBounds } from './immBounds';
import { selectMaxCoverage, type CoverageLimit, type CoverageSelection } from './selectMaxCoverage';

/** Everything {@link runImm} needs. Internal. */
export interface ImmSpec {
  n: number;
  /** Total root weight W (n when unweighted). */
  weight: number;
  /** Number of pickable customers. */
  candidates: number;
  allowed: Uint8Array | null;
  limit: CoverageLimit;
  /** Largest number of picks the limit allows (k, or how many of the cheapest fit the budget). */
  kBound: number;
  /** A valid lower bound of the optimum when the search finds none (the picks reach themselves). */
  lowerBoundFloor: number;
  epsilon: number;
  ell: number;
  maxSamples: number;
  minEstimateSamples: number;
  finalSample: 'fresh' | 'extend';
  sample: (store: RrStore, until: number) => void;
}

/** What {@link runImm} found. Internal. */
export interface ImmRun {
  selection: CoverageSelection;
  /** Sets the selection was made on. */
  theta: number;
  lowerBound: number;
  /** Sets drawn in all. */
  drawn: number;
  /** Sets independent of the selection and how many of them the picks cover. */
  estimateSets: number;
  estimateHits: number;
  capped: boolean;
  peakBytes: number;
  /** Mean members per final set. */
  meanSetSize: number;
}

function coverageOf(store: RrStore, picks: readonly number[], n: number): number {
  const isPick = new Uint8Array(n);
  for (const v of picks) isPick[v] = 1;
  let hits = 0;
  for (let s = 0; s < store.count; s++) {
    for (let i = store.offsets[s]!; i < store.offsets[s + 1]!; i++) {
      if (isPick[store.nodes[i]!] === 1) {
        hits++;
        break;
      }
    }
  }
  return hits;
}

/**
 * IMM (Tang, Shi and Xiao 2015, Algorithms 1-3): search a lower bound LB of the optimum with
 * θᵢ = λ′ / xᵢ sets for xᵢ = W / 2ⁱ, stop at the first i where the greedy picks cover at least
 * (1 + ε′) xᵢ, then select on θ = λ* / LB sets.
 *
 * `finalSample: 'fresh'` draws the θ final sets anew (Chen 2018, "An issue in the martingale
 * analysis of the influence maximization algorithm IMM", which shows reusing the search sets
 * breaks the martingale argument); the search sets, independent of the final picks, then give
 * an unbiased estimate of their spread. `'extend'` reuses them as the paper does and draws
 * separate estimate sets.
 */
export function runImm(spec: ImmSpec): ImmRun {
  const { n, weight, allowed, limit, epsilon, sample } = spec;
  const b = immBounds(n, spec.candidates, spec.kBound, weight, epsilon, spec.ell);
  const search = new RrStore();
  let lowerBound = spec.lowerBoundFloor;
  let capped = false;
  for (let i = 1; i < Math.log2(n); i++) {
    const x = weight / 2 ** i;
    let theta = Math.ceil(b.lambdaPrime / x);
    if (theta > spec.maxSamples) {
      theta = spec.maxSamples;
      capped = true;
    }
    sample(search, theta);
    const sel = selectMaxCoverage(search, n, allowed, limit);
    const est = (weight * sel.covered) / search.count;
    if (est >= (1 + b.epsilonPrime) * x) {
      lowerBound = Math.max(lowerBound, est / (1 + b.epsilonPrime));
      break;
    }
    if (capped) break;
  }
  let theta = Math.max(1, Math.ceil(b.lambdaStar / lowerBound));
  if (theta > spec.maxSamples) {
    theta = spec.maxSamples;
    capped = true;
  }
  let final: RrStore;
  let estimate: RrStore;
  if (spec.finalSample === 'fresh') {
    final = new RrStore();
    sample(final, theta);
    estimate = search;
  } else {
    final = search;
    sample(final, Math.max(theta, final.count));
    estimate = new RrStore();
  }
  const selection = selectMaxCoverage(final, n, allowed, limit);
  const stores = final === search ? final.bytes() : final.bytes() + search.bytes();
  const peakBytes = stores + (n + 1) * 4 + final.length * 4 + final.count; // + inverted index and covered flags
  const drawnBefore = spec.finalSample === 'fresh' ? search.count + final.count : final.count;
  const before = estimate.count;
  if (estimate.count < spec.minEstimateSamples) sample(estimate, spec.minEstimateSamples);
  const topUp = estimate.count - before;
  return {
    selection,
    theta: final.count,
    lowerBound,
    drawn: drawnBefore + topUp,
    estimateSets: estimate.count,
    estimateHits: coverageOf(estimate, selection.nodes, n),
    capped,
    peakBytes,
    meanSetSize: final.count > 0 ? final.length / final.count : 0,
  };
}
