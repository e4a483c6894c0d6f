import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon as VADER } from 'vader-sentiment/src/vader_lexicon.js';
import afinn from 'sentiment/languages/en/index.js';
import { TEXT_DEFAULTS } from '../../../src/text/defaults';
import { enPack } from '../../../src/text/lang/en/index';
import { EN_DOMAIN_PHRASES, EN_DOMAIN_WORDS } from '../../../src/text/lang/en/domain';
import { scoreText } from '../../../src/text/scoreText';

// Merge weights of the English lexicon: VADER as rated, AFINN-165 × 0.7 for words VADER lacks,
// made inflections × 0.5 of their base, emoji and emoticons × 1.5 (TEXT_DEFAULTS.symbolScale).
const normalise = (x: number): number => x / Math.sqrt(x * x + 15);
const valence = (w: string): number | undefined => enPack.words.get(w)?.valence;
const AFINN = afinn.labels as Record<string, number>;
const VADER_WORDS = VADER as Record<string, number>;
const DOMAIN = new Set([...EN_DOMAIN_WORDS, ...EN_DOMAIN_PHRASES].map((r) => r[0]));

describe('English lexicon weights', () => {
  it('a VADER word keeps its VADER mean rating', () => {
    expect(valence('great')).toBe(3.1); // VADER great 3.1 (AFINN 3 is ignored)
    expect(valence('ruin')).toBe(-2.8); // VADER ruin −2.8 (AFINN −2 is ignored)
  });

  it('an AFINN word VADER lacks is AFINN × 0.7', () => {
    // "appropriate": AFINN +2, not in VADER → 2 × 0.7 = 1.4; "toxic": AFINN −3 → −2.1
    expect(VADER_WORDS['appropriate']).toBeUndefined();
    expect(valence('appropriate')).toBeCloseTo(1.4, 10);
    expect(valence('toxic')).toBeCloseTo(-2.1, 10);
  });

  it('a regular inflection neither lexicon lists is half its base', () => {
    // "thanking": not in VADER or AFINN; base "thank" VADER 1.5 → 1.5 × 0.5 = 0.75
    expect(VADER_WORDS['thanking']).toBeUndefined();
    expect(AFINN['thanking']).toBeUndefined();
    expect(valence('thanking')).toBeCloseTo(0.75, 10);
    // a form VADER lists keeps VADER's own rating: "ruining" −1.0 (not −2.8 × 0.5 = −1.4)
    expect(valence('ruining')).toBe(-1);
  });

  it('every AFINN-only word (not domain, not VADER) is exactly AFINN × 0.7', () => {
    const keys = Object.keys(AFINN).filter((k) => /^[a-z][a-z'-]+$/.test(k) && VADER_WORDS[k] === undefined && !DOMAIN.has(k));
    expect(keys.length).toBeGreaterThan(500);
    fc.assert(
      fc.property(fc.constantFrom(...keys), (k) => {
        expect(valence(k)).toBeCloseTo((AFINN[k] as number) * 0.7, 10);
      }),
      { numRuns: 200 },
    );
  });

  it('an emoticon weighs 1.5 × its VADER rating', () => {
    expect(TEXT_DEFAULTS.symbolScale).toBe(1.5);
    const r = scoreText(':)', { language: 'en' });
    // ":)" VADER 2.0 × 1.5 = 3.0; energy = 3 / √(9 + 15) = 0.61237
    expect(r.evidence.map((e) => [e.text, e.base, e.rules])).toEqual([[':)', 2, ['emoji']]]);
    expect(r.evidence[0]?.contribution).toBeCloseTo(3, 10);
    expect(r.energy).toBeCloseTo(0.61237, 5);
  });

  it('an emoticon outweighs a word of the same rating: "good :(" is negative', () => {
    // good 1.9 (VADER) + ":(" −1.9 × 1.5 = −2.85 → Σ = −0.95; energy = −0.95 / √(0.9025 + 15) = −0.23823
    const r = scoreText('good :(', { language: 'en' });
    expect(r.energy).toBeCloseTo(-0.23823, 5);
  });
});

describe('English lexicon weights: bad input', () => {
  it('an unknown made-up form is not in the lexicon and reads neutral', () => {
    expect(valence('thankingly')).toBeUndefined();
    const r = scoreText('thankingly', { language: 'en' });
    expect(r.energy).toBe(0);
    expect(r.evidence).toEqual([]);
  });

  it('an emoticon alone inside noise keeps its weight', () => {
    const r = scoreText('\u0000 :( \uD800', { language: 'en' });
    // ":(" −1.9 × 1.5 = −2.85 → −2.85 / √(8.1225 + 15) = −2.85 / 4.80859 = −0.59269
    expect(r.energy).toBeCloseTo(-0.59269, 5);
  });
});
