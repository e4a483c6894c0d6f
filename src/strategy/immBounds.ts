/**
 * The sample-size bounds of IMM (Tang, Shi and Xiao, "Influence Maximization in Near-Linear
 * Time: A Martingale Approach", SIGMOD 2015), with the population size n replaced by the total
 * weight W when roots are drawn by weight (W = n unweighted), and the union bound over the
 * C(candidates, k) seed sets instead of C(n, k). Internal.
 */
export interface ImmBounds {
  /** ℓ raised so the whole run fails with probability at most n^−ℓ: ℓ (1 + log 2 / log n). */
  ell: number;
  /** ε′ = √2 ε (paper, equation 9 and Algorithm 2). */
  epsilonPrime: number;
  /** λ′ = (2 + 2ε′/3)(log C(n,k) + ℓ log n + log log₂ n) W / ε′² (equation 9). */
  lambdaPrime: number;
  /** λ* = 2W((1 − 1/e)α + β)² / ε² with α, β as in equation 6 (Theorem 1). */
  lambdaStar: number;
}

/** ln C(n, k), by a sum of k logarithms (k ≤ n). */
export function logBinomial(n: number, k: number): number {
  const kk = Math.min(k, n - k);
  let s = 0;
  for (let i = 1; i <= kk; i++) s += Math.log((n - kk + i) / i);
  return s;
}

/** The bounds for n customers, `candidates` of them pickable, k picks, total weight W. */
export function immBounds(n: number, candidates: number, k: number, weight: number, epsilon: number, ell: number): ImmBounds {
  const nn = Math.max(n, 2);
  const lnN = Math.log(nn);
  const ellAdj = ell * (1 + Math.LN2 / lnN);
  const logC = logBinomial(candidates, Math.min(k, candidates));
  const epsilonPrime = Math.SQRT2 * epsilon;
  const lambdaPrime =
    ((2 + (2 * epsilonPrime) / 3) * (logC + ellAdj * lnN + Math.log(Math.log2(nn))) * weight) /
    (epsilonPrime * epsilonPrime);
  const e1 = 1 - 1 / Math.E;
  const alpha = Math.sqrt(ellAdj * lnN + Math.LN2);
  const beta = Math.sqrt(e1 * (logC + ellAdj * lnN + Math.LN2));
  const lambdaStar = (2 * weight * (e1 * alpha + beta) ** 2) / (epsilon * epsilon);
  return { ell: ellAdj, epsilonPrime, lambdaPrime, lambdaStar };
}
