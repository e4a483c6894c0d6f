import { finiteArgument, numberFields } from '../checkArgs';
import { BEHAVIOUR_DEFAULTS, type BehaviourDefaults } from './defaults';

const GAP_FIELDS = ['perDay', 'exponent', 'gainCap', 'lossAversion', 'lossCap'];

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
  finiteArgument(days, 'days');
  numberFields(gap, 'gap', GAP_FIELDS);
  return expectationGapWeightOf(days, gap);
}

/**
 * {@link expectationGapWeight} without checking its arguments: for the scorer's hot path, whose
 * days and gap parameters are already checked (per event and once per call). O(1).
 *
 * @example
 * expectationGapWeightOf(-2, BEHAVIOUR_DEFAULTS.gap); // a late delivery: negative
 */
export function expectationGapWeightOf(days: number, gap: BehaviourDefaults['gap']): number {
  if (days >= 0) {
    const w = gap.perDay * Math.pow(days, gap.exponent);
    return w > gap.gainCap ? gap.gainCap : w;
  }
  const w = -gap.lossAversion * gap.perDay * Math.pow(-days, gap.exponent);
  return w < -gap.lossCap ? -gap.lossCap : w;
}
