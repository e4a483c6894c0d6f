import { finiteArgument, numberFields } from '../checkArgs';
import { BEHAVIOUR_DEFAULTS, type BehaviourDefaults } from './defaults';

const RESPONSE_FIELDS = ['fastGain', 'neutralMinutes', 'slowFloor'];

/**
 * The signed weight of answering a customer after `minutes`: fast answers recover energy, slow
 * ones deepen the defect. w(m) = clamp(fastGain × (1 − log2(1 + m / neutralMinutes)), slowFloor,
 * fastGain); with the defaults +0.5 at once, +0.34 at 15 min, 0 at 60 min, −0.66 at 4 h,
 * −1.5 from 15 h on. O(1).
 *
 * @example
 * responseWeight(0);   // 0.5
 * responseWeight(60);  // 0
 * responseWeight(240); // -0.661
 */
export function responseWeight(
  minutes: number,
  curve: BehaviourDefaults['response'] = BEHAVIOUR_DEFAULTS.response,
): number {
  finiteArgument(minutes, 'minutes');
  numberFields(curve, 'curve', RESPONSE_FIELDS);
  return responseWeightOf(minutes, curve);
}

/**
 * {@link responseWeight} without checking its arguments: for the scorer's hot path, whose minutes
 * and curve are already checked (per event and once per call). O(1).
 *
 * @example
 * responseWeightOf(60, BEHAVIOUR_DEFAULTS.response); // 0
 */
export function responseWeightOf(minutes: number, curve: BehaviourDefaults['response']): number {
  const w = curve.fastGain * (1 - Math.log2(1 + minutes / curve.neutralMinutes));
  return w > curve.fastGain ? curve.fastGain : w < curve.slowFloor ? curve.slowFloor : w;
}
