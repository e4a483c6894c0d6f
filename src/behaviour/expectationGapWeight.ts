import { BEHAVIOUR_DEFAULTS, type BehaviourDefaults } from './defaults';

/**
 * The signed weight of an expectation gap of `days` (experience minus expectation: positive when
 * a promise was beaten, negative when it was missed), after the prospect-theory value function
 * (Tversky & Kahneman 1992): perDay × x^exponent for x ≥ 0, −lossAversion × perDay × (−x)^exponent
 * for x < 0, clamped to [−lossCap, gainCap]. Missing a promise weighs more than beating it. O(1).
 *
 * @example
 * expectationGapWeight(1);  // 0.25  (a day early)
 * expectationGapWeight(-1); // -0.5625 (a day late)
 * expectationGapWeight(0);  // 0
 */
export function expectationGapWeight(
  days: number,
  gap: BehaviourDefaults['gap'] = BEHAVIOUR_DEFAULTS.gap,
): number {
  if (days >= 0) {
    const w = gap.perDay * Math.pow(days, gap.exponent);
    return w > gap.gainCap ? gap.gainCap : w;
  }
  const w = -gap.lossAversion * gap.perDay * Math.pow(-days, gap.exponent);
  return w < -gap.lossCap ? -gap.lossCap : w;
}
