import { finiteArgument } from '../checkArgs';
/**
 * The effective chance that a sender passes a message on along one arc, in the signed cascade:
 *
 *     chance = min(1, probability × |trust| × sender × (polarity < 0 ? negativityBias : 1))
 *
 * where `sender` is the sender's multiplier for that polarity: {@link senderFactor} of their level
 * and size, times their incentive boost for a positive message. The message arrives with its
 * polarity reversed when `trust < 0` (Li et al. 2014, PLoS ONE 9(3), polarity-related influence
 * maximisation). `simulateSpread`'s inner loop computes the same product (up to floating-point
 * association: the graph stores `probability × |trust|` as a float32 per arc).
 *
 * With `trust = 1`, `sender = 1` and a positive message it is the arc's probability: the classic
 * independent cascade (Kempe, Kleinberg and Tardos 2003).
 *
 * O(1).
 *
 * @example
 * arcChance(0.1, 1, 1, 1, 2); // 0.1: a positive message over a trusted arc
 * arcChance(0.1, -0.5, 1, -1, 2); // 0.1: negative sent (× 2), distrust halves it; arrives positive
 * arcChance(0.8, 1, 1, -1, 2); // 1 (clamped)
 */
export function arcChance(
  probability: number,
  trust: number,
  sender: number,
  polarity: 1 | -1,
  negativityBias: number,
): number {
  for (const [v, name] of [[probability, 'probability'], [trust, 'trust'], [sender, 'sender'], [polarity, 'polarity'], [negativityBias, 'negativityBias']] as const) {
    finiteArgument(v, name);
  }
  const c = probability * Math.abs(trust) * sender * (polarity < 0 ? negativityBias : 1);
  return c >= 1 ? 1 : c > 0 ? c : 0;
}
