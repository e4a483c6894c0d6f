import { TEXT_DEFAULTS } from '../defaults';
import type { Evidence, TextReading } from '../schema';
import { EMOTIONS, TRAITS, type Emotion, type Trait } from '../traits';
import type { RuleEvidence } from './applyRules';

const OPPOSITE: Readonly<Record<Trait, Trait>> = {
  trust: 'suspicion', suspicion: 'trust', magnanimity: 'selfishness', selfishness: 'magnanimity',
  joy: 'dejection', dejection: 'joy', drive: 'frustration', frustration: 'drive',
};

/** VADER's normaliser x / √(x² + α), α = 15 (Hutto & Gilbert 2014), clamped to [-1, 1]. */
function normalise(x: number): number {
  const y = x / Math.sqrt(x * x + TEXT_DEFAULTS.alpha);
  return y > 1 ? 1 : y < -1 ? -1 : y;
}

/**
 * Turn rule evidence into the public reading. Everything is derived from the evidence list alone:
 * energy = normalise(Σ contribution); level = |energy|; confidence = (1 − e^(−Σ|c|/2)) ×
 * (½ + ½ |Σc| / Σ|c|); each trait and emotion = normalise(Σ |c| of the evidence listing it). O(evidence).
 *
 * @example
 * summariseEvidence(applyRules(units, false), 'en').energy;
 */
export function summariseEvidence(ruleEvidence: readonly RuleEvidence[], language: string): TextReading {
  const traitSums: Record<Trait, number> = { trust: 0, magnanimity: 0, joy: 0, drive: 0, selfishness: 0, suspicion: 0, frustration: 0, dejection: 0 };
  const emotionSums: Record<Emotion, number> = { joy: 0, anger: 0, sorrow: 0, fear: 0, love: 0, disgust: 0, desire: 0 };
  const evidence: Evidence[] = [];
  let raw = 0;
  let mass = 0;
  for (const e of ruleEvidence) {
    const c = e.contribution;
    if (c === 0) continue;
    raw += c;
    const size = Math.abs(c);
    mass += size;
    const flipped = e.base !== 0 && (c < 0) !== (e.base < 0);
    const item: Evidence = { text: e.text, offset: e.offset, base: e.base, rules: e.rules, contribution: c };
    if (e.traits !== undefined && e.traits.length > 0) {
      const traits = flipped ? e.traits.map((t) => OPPOSITE[t]) : [...e.traits];
      for (const t of traits) traitSums[t] += size;
      item.traits = traits;
    }
    if (!flipped && e.emotions !== undefined && e.emotions.length > 0) {
      for (const m of e.emotions) emotionSums[m] += size;
      item.emotions = [...e.emotions];
    }
    evidence.push(item);
  }
  const energy = normalise(raw);
  const agreement = mass === 0 ? 0 : Math.abs(raw) / mass;
  const confidence = mass === 0 ? 0 : (1 - Math.exp(-mass / TEXT_DEFAULTS.confidenceScale)) * (0.5 + 0.5 * agreement);
  const traits = {} as Record<Trait, number>;
  for (const t of TRAITS) traits[t] = normalise(traitSums[t]);
  const emotions = {} as Record<Emotion, number>;
  for (const m of EMOTIONS) emotions[m] = normalise(emotionSums[m]);
  return { energy, level: Math.abs(energy), confidence, language, traits, emotions, evidence };
}
