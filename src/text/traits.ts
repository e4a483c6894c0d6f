/** The four positive and four negative traits of an energy body (Customer Energy Theory). */
export const TRAITS = [
  'trust',
  'magnanimity',
  'joy',
  'drive',
  'selfishness',
  'suspicion',
  'frustration',
  'dejection',
] as const;

/** One of the eight energy traits. */
export type Trait = (typeof TRAITS)[number];

/** The seven emotions (七情: 喜 怒 哀 懼 愛 惡 欲). */
export const EMOTIONS = ['joy', 'anger', 'sorrow', 'fear', 'love', 'disgust', 'desire'] as const;

/** One of the seven emotions. */
export type Emotion = (typeof EMOTIONS)[number];
