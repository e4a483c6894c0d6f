import { EVENT_KINDS } from '../behaviour/schema';
import type { ProfileFields } from '../behaviour/readProfile';
import { TRAITS } from '../text/traits';
import type { Candidate } from './candidate';
import { F, SLOT, TOP, countAt, type CustomerTable } from './customerTable';
import { flatString } from './flatString';
import { countByKind } from './countByKind';
import { settleRow } from './settleRow';
import { customerIdOf, energyOf, polarityOf, tagged } from './rowEnergy';
import { formatIso } from './formatIso';
import { toContributions } from './toContributions';
import type { ResolvedScoreOptions } from './resolveScoreOptions';
import type { EnergyReading } from './schema';

/** A whole count as a small integer (stored unboxed in an object, unlike a double). */
const smi = (n: number): number => (n <= 0x7fffffff ? n | 0 : n);
/** 1 − exp(−max(0, x)): a decayed trait or emotion mass as a score in [0, 1). */
const saturate = (x: number): number => (x > 0 ? 1 - Math.exp(-x) : 0);

/** A date as ISO, reusing a kept contribution's string when it is the same instant. */
function isoOf(ms: number, candidates: readonly Candidate[], contributions: readonly { at: string }[], cache: FinishCache): string {
  for (let j = 0; j < candidates.length; j++) if (candidates[j]!.atMs === ms) return contributions[j]!.at;
  return formatIso(ms, cache.days);
}

/** What the readings of one call share: dates by day and labels (see formatIso, labelContribution). */
export interface FinishCache {
  days: Map<number, number>;
  labels: Map<number, string>;
}

/**
 * Settle row i and turn it into its reading. First what is known only once every event is in:
 * the oldest purchase is the first (weight `weights.purchase`, not `repeatPurchase`), and the n
 * contacts about one order each weigh contact × min(cap, 1 + step × (n − 1)). Then the fusion:
 * energy = S / √(S² + alpha); level = |energy|; polarity by ±threshold;
 * confidence = (1 − exp(−n / evidenceScale)) × (0.5 + 0.5 × |S| / Σ|w·d|);
 * each trait and emotion 1 − exp(−its decayed mass). O(k + contact groups of the row).
 *
 * @example
 * finishReading(table, row, profile, size, economic, influence, resolved, compare, { days: new Map(), labels: new Map() });
 */
export function finishReading(
  t: CustomerTable,
  i: number,
  profile: ProfileFields | undefined,
  size: number,
  economicStrength: number,
  socialInfluence: number,
  opts: ResolvedScoreOptions,
  compare: (a: Candidate, b: Candidate) => number,
  cache: FinishCache,
): EnergyReading {
  const b = opts.behaviour;
  const { alpha, polarityThreshold, evidenceScale, excerptLength } = opts.energy;
  const k = t.k;
  const candidates: Candidate[] = [];
  const st = t.rows(i);
  const r = t.base(i);
  const floor = st[r + F.topFloor]!;
  for (let s = 0, len = k === 0 ? 0 : floor < 0 ? -floor - 1 : k; s < len; s++) {
    const o = r + TOP + s * SLOT;
    const te = st[o + 4]!;
    const at = st[o + 1]!;
    candidates.push({
      kind: t.kindNames[st[o + 2]!]!,
      atMs: at,
      count: 1,
      weight: st[o + 3]!,
      decayedWeight: st[o]!,
      record: t.topRecord[i * k + s],
      textEnergy: te === te ? te : undefined,
      first: false,
      label: undefined,
      excerpt: undefined,
    });
  }
  settleRow(t, i, b, k > 0 ? candidates : null);
  // Insertion sort (a handful of candidates): |decayed weight| then time decide almost always;
  // ties fall back to the full order of compareCandidates.
  for (let a = 1; a < candidates.length; a++) {
    const c = candidates[a]!;
    const mag = Math.abs(c.decayedWeight);
    let b = a - 1;
    for (; b >= 0; b--) {
      const o = candidates[b]!;
      const mo = Math.abs(o.decayedWeight);
      const before = mag !== mo ? mag > mo : c.atMs !== o.atMs ? c.atMs > o.atMs : compare(c, o) < 0;
      if (!before) break;
      candidates[b + 1] = o;
    }
    candidates[b + 1] = c;
  }
  if (candidates.length > k) candidates.length = k;

  const s = st[r + F.signal]!;
  const energy = energyOf(s, alpha);
  const polarity = polarityOf(energy, polarityThreshold);
  const mag = st[r + F.magnitude]!;
  const agreement = mag > 0 ? Math.min(1, Math.abs(s) / mag) : 1;
  const confidence = (1 - Math.exp(-st[r + F.evidence]! / evidenceScale)) * (0.5 + 0.5 * agreement);
  const fb = 0;
  const f = t.feelOf(i);
  // Literal objects (one hidden class for all readings), in the order of TRAITS and EMOTIONS.
  const traits: EnergyReading['traits'] = {
    trust: saturate(f[fb]!),
    magnanimity: saturate(f[fb + 1]!),
    joy: saturate(f[fb + 2]!),
    drive: saturate(f[fb + 3]!),
    selfishness: saturate(f[fb + 4]!),
    suspicion: saturate(f[fb + 5]!),
    frustration: saturate(f[fb + 6]!),
    dejection: saturate(f[fb + 7]!),
  };
  const e0 = fb + TRAITS.length;
  const emotions: EnergyReading['emotions'] = {
    joy: saturate(f[e0]!),
    anger: saturate(f[e0 + 1]!),
    sorrow: saturate(f[e0 + 2]!),
    fear: saturate(f[e0 + 3]!),
    love: saturate(f[e0 + 4]!),
    disgust: saturate(f[e0 + 5]!),
    desire: saturate(f[e0 + 6]!),
  };
  const contributions = toContributions(candidates, excerptLength, cache);
  const side = polarity === 'positive' ? 1 : polarity === 'negative' ? -1 : 0;
  let summary = '';
  let shown = 0;
  for (let j = 0; j < contributions.length && shown < 3; j++) {
    const c = contributions[j]!;
    if (side !== 0 && Math.sign(c.decayedWeight) !== side) continue;
    summary = shown++ === 0 ? c.label : `${summary}, ${c.label}`;
  }
  if (shown > 1) summary = flatString(summary);
  const custom = t.customCounts.get(i);
  let events = 0;
  for (let j = 0; j < EVENT_KINDS.length; j++) events += st[r + countAt(j)]!;
  if (custom !== undefined) for (const n of custom.values()) events += n;
  const byKind = countByKind(st, r, custom);
  const customerId = customerIdOf(t, i);
  const level = Math.abs(energy);
  const counts = { events: smi(events), texts: smi(st[r + F.texts]!), positive: smi(st[r + F.positive]!), negative: smi(st[r + F.negative]!), byKind };
  if (profile?.segment === undefined && events > 0) {
    // The usual shape as one literal (allocated whole, one hidden class).
    const firstAt = isoOf(st[r + F.firstAt]!, candidates, contributions, cache);
    const lastAt = isoOf(st[r + F.lastAt]!, candidates, contributions, cache);
    return { customerId, energy, level, size, polarity, confidence, traits, emotions, signal: s, contributions, summary, economicStrength: tagged(economicStrength), socialInfluence: tagged(socialInfluence), counts, firstAt, lastAt };
  }
  const reading: EnergyReading = { customerId, energy, level, size, polarity, confidence, traits, emotions, signal: s, contributions, summary, economicStrength: tagged(economicStrength), socialInfluence: tagged(socialInfluence), counts };
  if (profile?.segment !== undefined) reading.segment = profile.segment;
  if (events > 0) {
    reading.firstAt = isoOf(st[r + F.firstAt]!, candidates, contributions, cache);
    reading.lastAt = isoOf(st[r + F.lastAt]!, candidates, contributions, cache);
  }
  return reading;
}
