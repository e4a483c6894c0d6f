import { TEXT_DEFAULTS } from '../defaults';
import type { Evidence, TextReading } from '../schema';
import { EMOTIONS, TRAITS, type Emotion, type Trait } from '../traits';

// TRAITS / EMOTIONS order: the literals below follow it (trust … dejection; joy … desire).
import type { RuleEvidence } from './applyRules';

const TRAIT_INDEX = Object.fromEntries(TRAITS.map((t, i) => [t, i])) as Record<Trait, number>;
const EMOTION_INDEX = Object.fromEntries(EMOTIONS.map((e, i) => [e, i])) as Record<Emotion, number>;


/** VADER's normaliser x / √(x² + α), α = 15 (Hutto & Gilbert 2014), clamped to [-1, 1]. */
function normalise(x: number): number {
  if (x === 0) return 0;
  const y = x / Math.sqrt(x * x + TEXT_DEFAULTS.alpha);
  return y > 1 ? 1 : y < -1 ? -1 : y;
}

/**
 * Turn rule evidence into the public reading. Everything is derived from the evidence list alone:
 * energy = normalise(Σ contribution); level = |energy|; confidence = (1 − e^(−Σ|c|/2)) ×
 * (½ + ½ |Σc| / Σ|c|); each trait and emotion = normalise(Σ |c| of the evidence listing it),
 * normalise(x) = x / √(x² + 15). Evidence with a zero contribution is dropped. The caller hands
 * `ruleEvidence` over: it is the reading's evidence array itself when nothing is dropped (one array
 * fewer per call; measured: English scoreText +1.4% in same-process A/B). O(evidence).
 *
 * @example
 * summariseEvidence(applyRules(units, false), 'en').energy;
 */
export function summariseEvidence(ruleEvidence: RuleEvidence[], language: string): TextReading {
  let traitSums: number[] | undefined; // allocated only when some evidence is tagged
  let emotionSums: number[] | undefined;
  let evidence: Evidence[] | undefined; // made only when a zero contribution is dropped (rare): else the rules' array is handed out
  let raw = 0;
  let mass = 0;
  for (let i = 0; i < ruleEvidence.length; i++) {
    const e = ruleEvidence[i] as RuleEvidence;
    const c = e.contribution;
    if (c === 0) {
      evidence ??= ruleEvidence.slice(0, i);
      continue;
    }
    raw += c;
    const size = c < 0 ? -c : c;
    mass += size;
    // the rule evidence is the public evidence (its traits and emotions final: see evidenceOf); only a zero contribution is dropped
    const traits = e.traits;
    if (traits !== undefined) {
      traitSums ??= [0, 0, 0, 0, 0, 0, 0, 0];
      for (let k = 0; k < traits.length; k++) traitSums[TRAIT_INDEX[traits[k] as Trait]] = (traitSums[TRAIT_INDEX[traits[k] as Trait]] as number) + size;
    }
    const feelings = e.emotions;
    if (feelings !== undefined) {
      emotionSums ??= [0, 0, 0, 0, 0, 0, 0];
      for (let k = 0; k < feelings.length; k++) emotionSums[EMOTION_INDEX[feelings[k] as Emotion]] = (emotionSums[EMOTION_INDEX[feelings[k] as Emotion]] as number) + size;
    }
    if (evidence !== undefined) evidence.push(e);
  }
  const energy = normalise(raw);
  const confidence = mass === 0 ? 0 : (1 - Math.exp(-mass / TEXT_DEFAULTS.confidenceScale)) * (0.5 + (0.5 * (raw < 0 ? -raw : raw)) / mass);
  const t = traitSums;
  const m = emotionSums;
  return {
    energy,
    level: energy < 0 ? -energy : energy,
    confidence,
    language,
    // untagged evidence (most texts): the zeros written out, no normalise per trait (normalise(0) is 0)
    traits: t === undefined
      ? { trust: 0, magnanimity: 0, joy: 0, drive: 0, selfishness: 0, suspicion: 0, frustration: 0, dejection: 0 }
      : {
          trust: normalise(t[0] as number), magnanimity: normalise(t[1] as number), joy: normalise(t[2] as number), drive: normalise(t[3] as number),
          selfishness: normalise(t[4] as number), suspicion: normalise(t[5] as number), frustration: normalise(t[6] as number), dejection: normalise(t[7] as number),
        },
    emotions: m === undefined
      ? { joy: 0, anger: 0, sorrow: 0, fear: 0, love: 0, disgust: 0, desire: 0 }
      : {
          joy: normalise(m[0] as number), anger: normalise(m[1] as number), sorrow: normalise(m[2] as number), fear: normalise(m[3] as number),
          love: normalise(m[4] as number), disgust: normalise(m[5] as number), desire: normalise(m[6] as number),
        },
    evidence: evidence ?? ruleEvidence,
  };
}
