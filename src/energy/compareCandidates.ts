import type { Candidate } from './candidate';
import { labelContribution } from './labelContribution';

const idText = (r: unknown): string => {
  const id = (r as { id?: unknown } | null)?.id;
  return id === undefined ? '' : String(id);
};

/**
 * A total order on contributions, largest first: |decayed weight| descending, then later first,
 * then kind, event id and label. Being total, the kept top-k never depends on input order.
 *
 * @example
 * const compare = compareCandidates(60);
 * candidates.sort(compare);
 */
export function compareCandidates(excerptLength: number): (a: Candidate, b: Candidate) => number {
  return (a, b) => {
    const ma = Math.abs(a.decayedWeight);
    const mb = Math.abs(b.decayedWeight);
    if (ma !== mb) return mb - ma;
    if (a.atMs !== b.atMs) return b.atMs - a.atMs;
    if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
    const ia = idText(a.record);
    const ib = idText(b.record);
    if (ia !== ib) return ia < ib ? -1 : 1;
    if (a.weight !== b.weight) return b.weight - a.weight;
    const la = labelContribution(a, excerptLength);
    const lb = labelContribution(b, excerptLength);
    return la === lb ? 0 : la < lb ? -1 : 1;
  };
}
