import type { Emotion, Trait } from '../text/traits';

/** How strongly one unit of a behaviour's signed weight shows each trait and emotion. */
export type TraitProfile = Partial<Record<Trait | Emotion, number>>;

/**
 * What each behaviour says about the customer's traits (trust, magnanimity, joy, drive /
 * selfishness, suspicion, frustration, dejection) and emotions (the seven: joy, anger, sorrow,
 * fear, love, disgust, desire), by the sign of its weight. Keys present in both lists (`joy`) are
 * the trait and the emotion alike. An event adds |weight| × decay × the profile value; the reading
 * shows 1 − exp(−total) per trait and emotion.
 *
 * Reasoning (Customer Energy Theory's positive and negative traits, mapped to what the act
 * reveals): having to contact or complain shows frustration and anger; a refund or delivery
 * later than promised, suspicion (a broken promise teaches distrust); leaving (cancellation,
 * unsubscribe), dejection; buying again, trust and desire; referring and sharing, magnanimity
 * and drive; a fast answer, trust; a high-effort experience, frustration.
 */
export const BEHAVIOUR_TRAITS: Readonly<Record<string, { positive?: TraitProfile; negative?: TraitProfile }>> = {
  purchase: { positive: { trust: 0.5, desire: 0.5 } },
  return: { negative: { frustration: 0.5, suspicion: 0.3, disgust: 0.3 } },
  refund: {
    positive: { trust: 0.5 },
    negative: { suspicion: 0.8, frustration: 0.3, anger: 0.3 },
  },
  cancellation: { negative: { dejection: 0.6, suspicion: 0.4, sorrow: 0.4, anger: 0.2 } },
  complaint: { negative: { frustration: 1, anger: 1 } },
  contact: { negative: { frustration: 1, anger: 0.5 } },
  response: {
    positive: { trust: 1, joy: 0.3 },
    negative: { frustration: 0.8, suspicion: 0.4, anger: 0.5 },
  },
  review: {
    positive: { trust: 0.6, joy: 0.6, love: 0.3 },
    negative: { dejection: 0.5, suspicion: 0.5, disgust: 0.5, sorrow: 0.3 },
  },
  nps: {
    positive: { trust: 0.6, magnanimity: 0.4, love: 0.4 },
    negative: { dejection: 0.5, suspicion: 0.5, disgust: 0.4 },
  },
  csat: { positive: { joy: 0.6, trust: 0.4 }, negative: { frustration: 0.5, sorrow: 0.4 } },
  effort: { positive: { trust: 0.5, joy: 0.3 }, negative: { frustration: 1, anger: 0.6 } },
  referral: { positive: { magnanimity: 1, drive: 0.5, love: 0.5, joy: 0.4 } },
  share: { positive: { magnanimity: 0.6, joy: 0.6, drive: 0.3 } },
  unsubscribe: { negative: { dejection: 0.6, disgust: 0.4 } },
  delivery: {
    positive: { joy: 0.6, trust: 0.6 },
    negative: { frustration: 0.7, suspicion: 0.6, anger: 0.5 },
  },
};
