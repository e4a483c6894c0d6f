import type { Candidate } from './candidate';
import { F, SLOT, TOP, type CustomerTable } from './customerTable';
import { labelContribution } from './labelContribution';

const idText = (r: unknown): string => {
  const id = (r as { id?: unknown } | null)?.id;
  return id === undefined ? '' : String(id);
};

function candidate(t: CustomerTable, c: number, a: number, w: number, d: number, te: number, r: unknown): Candidate {
  return { kind: t.kindNames[c]!, atMs: a, count: 1, weight: w, decayedWeight: d, record: r, textEnergy: te === te ? te : undefined, first: false, label: undefined, excerpt: undefined };
}

/** Whether the new contribution ranks before the kept one at offset o of `top` (same order as compareCandidates). */
function ranksBefore(
  t: CustomerTable,
  top: number[],
  o: number,
  slot: number,
  dw: number,
  at: number,
  code: number,
  weight: number,
  textEnergy: number,
  record: unknown,
): boolean {
  const odw = top[o]!;
  const mag = dw < 0 ? -dw : dw;
  const mo = odw < 0 ? -odw : odw;
  if (mag !== mo) return mag > mo;
  const ao = top[o + 1]!;
  if (at !== ao) return at > ao;
  const ko = top[o + 2]!;
  if (code !== ko) return t.kindNames[code]! < t.kindNames[ko]!;
  const ia = idText(record);
  const io = idText(t.topRecord[slot]);
  if (ia !== io) return ia < io;
  const wo = top[o + 3]!;
  if (weight !== wo) return weight > wo;
  // Identical on every key so far (rare): the label decides, as in compareCandidates.
  const la = labelContribution(candidate(t, code, at, weight, dw, textEnergy, record), 1e9);
  const lo = labelContribution(candidate(t, ko, ao, wo, odw, top[o + 4]!, t.topRecord[slot]), 1e9);
  return la < lo;
}

/**
 * Keep an event among row i's k largest contributions, in the typed slots of the table, without
 * allocating. The order is total (|decayed weight| desc, later first, kind name, event id, weight,
 * label), so what is kept never depends on input order. Most events are turned away by one
 * comparison with the row's floor (the k-th kept |decayed weight|), on the row's first cache line.
 * O(k).
 *
 * @example
 * offerContribution(table, row, dw, at, code, weight, textEnergy, record);
 */
export function offerContribution(
  t: CustomerTable,
  i: number,
  dw: number,
  at: number,
  code: number,
  weight: number,
  textEnergy: number,
  record: unknown,
): void {
  const k = t.k;
  if (k === 0) return;
  const top = t.rows(i);
  const row = t.base(i);
  const floor = top[row + F.topFloor]!;
  if ((dw < 0 ? -dw : dw) < floor) return;
  const base = i * k;
  const slots = row + TOP;
  const len = floor < 0 ? -floor - 1 : k;
  const mag = dw < 0 ? -dw : dw;
  // Magnitudes decide almost always; ranksBefore settles ties on the other keys.
  let pos = len;
  if (len === k) {
    const o = slots + (k - 1) * SLOT;
    const m = top[o]! < 0 ? -top[o]! : top[o]!;
    if (mag < m || (mag === m && !ranksBefore(t, top, o, base + k - 1, dw, at, code, weight, textEnergy, record))) return;
    pos = k - 1;
  }
  while (pos > 0) {
    const from = slots + (pos - 1) * SLOT;
    const m = top[from]! < 0 ? -top[from]! : top[from]!;
    if (mag < m || (mag === m && !ranksBefore(t, top, from, base + pos - 1, dw, at, code, weight, textEnergy, record))) break;
    const to = from + SLOT;
    top[to] = top[from]!;
    top[to + 1] = top[from + 1]!;
    top[to + 2] = top[from + 2]!;
    top[to + 3] = top[from + 3]!;
    top[to + 4] = top[from + 4]!;
    t.topRecord[base + pos] = t.topRecord[base + pos - 1];
    pos--;
  }
  const s = slots + pos * SLOT;
  top[s] = dw;
  top[s + 1] = at;
  top[s + 2] = code;
  top[s + 3] = weight;
  top[s + 4] = textEnergy;
  t.topRecord[base + pos] = record;
  if (len + 1 < k) top[row + F.topFloor] = -(len + 2);
  else {
    const last = top[slots + (k - 1) * SLOT]!;
    top[row + F.topFloor] = last < 0 ? -last : last;
  }
}
