import type { ProfileFields } from '../behaviour/readProfile';
import { EMOTIONS, TRAITS } from '../text/traits';
import type { CustomerAccumulator } from './accumulator';
import { excerptOf, labelContribution } from './labelContribution';
import type { ResolvedScoreOptions } from './resolveScoreOptions';
import type { Contribution, EnergyReading } from './schema';

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Turn a settled accumulator into its reading, by the fusion formula:
 * energy = S / √(S² + alpha); level = |energy|; polarity by ±threshold;
 * confidence = (1 − exp(−n / evidenceScale)) × (0.5 + 0.5 × |S| / Σ|w·d|);
 * each trait and emotion 1 − exp(−its decayed mass). O(contributions kept).
 *
 * @example
 * finishReading(acc, profile, 1.2, resolved); // EnergyReading
 */
export function finishReading(
  acc: CustomerAccumulator,
  profile: ProfileFields | undefined,
  size: number,
  economicStrength: number,
  socialInfluence: number,
  opts: ResolvedScoreOptions,
): EnergyReading {
  const { alpha, polarityThreshold, evidenceScale, excerptLength } = opts.energy;
  const s = acc.signal;
  const energy = s / Math.sqrt(s * s + alpha);
  const polarity = energy >= polarityThreshold && energy > 0 ? 'positive' : energy <= -polarityThreshold && energy < 0 ? 'negative' : 'neutral';
  const agreement = acc.magnitude > 0 ? Math.min(1, Math.abs(s) / acc.magnitude) : 1;
  const confidence = (1 - Math.exp(-acc.evidence / evidenceScale)) * (0.5 + 0.5 * agreement);
  const traits = {} as EnergyReading['traits'];
  TRAITS.forEach((t, i) => (traits[t] = 1 - Math.exp(-Math.max(0, acc.feel[i]!))));
  const emotions = {} as EnergyReading['emotions'];
  EMOTIONS.forEach((e, i) => (emotions[e] = 1 - Math.exp(-Math.max(0, acc.feel[TRAITS.length + i]!))));
  const contributions: Contribution[] = acc.top.map((c) => {
    const r = (c.record ?? {}) as Record<string, unknown>;
    const out: Contribution = {
      kind: c.kind,
      at: iso(c.atMs),
      count: c.count,
      weight: c.weight,
      decayedWeight: c.decayedWeight,
      label: labelContribution(c, excerptLength),
    };
    const ex = excerptOf(r.text, excerptLength);
    if (ex !== undefined) out.excerpt = ex;
    if (c.textEnergy !== undefined) out.textEnergy = c.textEnergy;
    if (r.id !== undefined) out.eventId = r.id as string | number;
    if (r.orderId !== undefined) out.orderId = r.orderId as string | number;
    return out;
  });
  const side = polarity === 'positive' ? 1 : polarity === 'negative' ? -1 : 0;
  const summary = contributions
    .filter((c) => side === 0 || Math.sign(c.decayedWeight) === side)
    .slice(0, 3)
    .map((c) => c.label)
    .join(', ');
  const byKind: Record<string, number> = {};
  for (const k of [...acc.byKind.keys()].sort()) byKind[k] = acc.byKind.get(k)!;
  const reading: EnergyReading = {
    customerId: acc.numericId ? Number(acc.key) : acc.key,
    energy,
    level: Math.abs(energy),
    size,
    polarity,
    confidence,
    traits,
    emotions,
    signal: s,
    contributions,
    summary,
    economicStrength,
    socialInfluence,
    counts: { events: acc.events, texts: acc.texts, positive: acc.positive, negative: acc.negative, byKind },
  };
  if (profile?.segment !== undefined) reading.segment = profile.segment;
  if (acc.events > 0) {
    reading.firstAt = iso(acc.firstAt);
    reading.lastAt = iso(acc.lastAt);
  }
  return reading;
}
