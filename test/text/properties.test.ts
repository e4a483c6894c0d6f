import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreText } from '../../src/text/scoreText';
import { EMOTIONS, TRAITS } from '../../src/text/traits';

const inRange = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;
const WORDS = ['good', 'bad', 'not', 'very', 'but', 'never', 'again', 'the', 'service', 'refund', '!!', ':)', '😍', 'GREAT', 'sooo', 'no', '很', '好', '不', '非常', 'molto', 'non', 'buono', ',', '.', '?', "don't", 'although'];
const wordy = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), wordy);

describe('scoreText: properties', () => {
  it('every score stays in range for any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = scoreText(text);
        expect(inRange(r.energy, -1, 1)).toBe(true);
        expect(inRange(r.level, 0, 1)).toBe(true);
        expect(inRange(r.confidence, 0, 1)).toBe(true);
        for (const t of TRAITS) expect(inRange(r.traits[t], 0, 1)).toBe(true);
        for (const e of EMOTIONS) expect(inRange(r.emotions[e], 0, 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the same text always gives the same reading', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(scoreText(text)).toEqual(scoreText(text));
      }),
      { numRuns: 150 },
    );
  });

  const positive = fc.constantFrom('The service was great', 'I love this product', 'The staff were very helpful', 'It works perfectly', 'Excellent quality');
  const negations: Record<string, string> = {
    'The service was great': 'The service was not great',
    'I love this product': "I don't love this product",
    'The staff were very helpful': 'The staff were not very helpful',
    'It works perfectly': "It doesn't work perfectly",
    'Excellent quality': 'Not excellent quality',
  };

  it('negating a clearly positive sentence never makes it more positive', () => {
    fc.assert(
      fc.property(positive, wordy, (sentence, context) => {
        const plain = scoreText(`${context}. ${sentence}.`, { language: 'en' }).energy;
        const negated = scoreText(`${context}. ${negations[sentence]}.`, { language: 'en' }).energy;
        expect(negated).toBeLessThanOrEqual(plain + 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('appending a clearly positive sentence never lowers energy', () => {
    fc.assert(
      fc.property(wordy, positive, (text, sentence) => {
        const before = scoreText(text, { language: 'en' }).energy;
        const after = scoreText(`${text}. ${sentence}.`, { language: 'en' }).energy;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
