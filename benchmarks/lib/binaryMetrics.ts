/** Binary accuracy (zero = wrong), macro-F1 over {positive, negative} and coverage (non-zero share). */
export interface BinaryMetrics {
  readonly n: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly coverage: number;
}

/**
 * Score predictions (any signed number; 0 = no call) against gold polarities (1 / -1).
 *
 * @example
 * binaryMetrics([0.5, -0.2, 0], [1, -1, 1]); // accuracy 2/3, coverage 2/3
 */
export function binaryMetrics(scores: readonly number[], gold: readonly (1 | -1)[]): BinaryMetrics {
  let correct = 0;
  let nonZero = 0;
  const tp = { 1: 0, [-1]: 0 } as Record<number, number>;
  const predicted = { 1: 0, [-1]: 0 } as Record<number, number>;
  const actual = { 1: 0, [-1]: 0 } as Record<number, number>;
  for (let i = 0; i < gold.length; i++) {
    const s = scores[i] ?? 0;
    const g = gold[i] as 1 | -1;
    const p = s > 0 ? 1 : s < 0 ? -1 : 0;
    actual[g] = (actual[g] ?? 0) + 1;
    if (p !== 0) {
      nonZero++;
      predicted[p] = (predicted[p] ?? 0) + 1;
    }
    if (p === g) {
      correct++;
      tp[g] = (tp[g] ?? 0) + 1;
    }
  }
  const f1 = (c: 1 | -1): number => {
    const precision = (predicted[c] ?? 0) === 0 ? 0 : (tp[c] ?? 0) / (predicted[c] ?? 1);
    const recall = (actual[c] ?? 0) === 0 ? 0 : (tp[c] ?? 0) / (actual[c] ?? 1);
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  };
  const n = gold.length;
  return { n, accuracy: n === 0 ? 0 : correct / n, macroF1: (f1(1) + f1(-1)) / 2, coverage: n === 0 ? 0 : nonZero / n };
}
