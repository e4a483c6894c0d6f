import { describe, expect, it } from 'vitest';
import { decidingWords, readingCells, textPolarity, topScores } from '../../../src/node/csv/readingCells';
import type { TextReading } from '../../../src/text/schema';

const reading: TextReading = {
  energy: -0.61234,
  level: 0.61234,
  confidence: 0.5,
  language: 'en',
  traits: { trust: 0, magnanimity: 0, joy: 0.1, drive: 0, selfishness: 0, suspicion: 0.4, frustration: 0.72, dejection: 0.4 },
  emotions: { joy: 0, anger: 0.3, sorrow: 0, fear: 0, love: 0, disgust: 0, desire: 0 },
  evidence: [
    { text: 'fine', offset: 4, base: 1, rules: ['contrast'], contribution: 0.4 },
    { text: 'never again', offset: 20, base: -3, rules: ['phrase'], contribution: -2.8 },
    { text: 'slow', offset: 12, base: -2, rules: [], contribution: -2.8 },
    { text: 'ok', offset: 30, base: 1, rules: [], contribution: 0.1 },
  ],
};

describe('reading cells', () => {
  it('lists the top 3 non-zero scores, ties by name', () => {
    // frustration 0.72 first; suspicion and dejection tie at 0.40: dejection < suspicion by name.
    expect(topScores(reading.traits)).toBe('frustration 0.72; dejection 0.40; suspicion 0.40');
    expect(topScores(reading.emotions)).toBe('anger 0.30');
    expect(topScores({ a: 0, b: 0 })).toBe('');
  });

  it('lists the deciding words by |contribution|, earlier first on ties', () => {
    expect(decidingWords(reading)).toBe('never again (-2.80); slow (-2.80); fine (+0.40)');
  });

  it('appends numbers rounded to 4 decimals and the polarity by VADER thresholds', () => {
    expect(readingCells(reading).slice(0, 5)).toEqual([-0.6123, 0.6123, 'negative', 'en', 0.5]);
    expect([textPolarity(0.05), textPolarity(0.0499), textPolarity(-0.05)]).toEqual(['positive', 'neutral', 'negative']);
  });
});
