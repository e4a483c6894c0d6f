import type { TextReading } from './schema';

/**
 * Options of {@link scoreText}. (Contract placeholder: the text engine owner extends this.)
 */
export interface ScoreTextOptions {
  /** Language code (`en`, `zh`, `it`, or a registered one); detected when absent. */
  language?: string;
}

/**
 * Read a text's energy. PLACEHOLDER (neutral reading) until the text engine lands; the signature is
 * the contract other areas build on: `scoreText(text: string, options?: ScoreTextOptions): TextReading`.
 *
 * @example
 * scoreText('Great service, thank you!').energy > 0;
 */
export function scoreText(text: string, options: ScoreTextOptions = {}): TextReading {
  void text;
  const zero = { trust: 0, magnanimity: 0, joy: 0, drive: 0, selfishness: 0, suspicion: 0, frustration: 0, dejection: 0 };
  return {
    energy: 0,
    level: 0,
    confidence: 0,
    language: options.language ?? 'und',
    traits: zero,
    emotions: { joy: 0, anger: 0, sorrow: 0, fear: 0, love: 0, disgust: 0, desire: 0 },
    evidence: [],
  };
}
