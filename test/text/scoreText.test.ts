import { describe, expect, it } from 'vitest';
import { scoreText } from '../../src/text/scoreText';
import { TextReadingSchema } from '../../src/text/schema';

// normalise(x) = x / √(x² + 15) (VADER, α = 15). Valences: VADER lexicon (good 1.9, great 3.1,
// terrible −2.1, love 3.2); this project's tables (😍 3.0, "never again" −2.6, "still no refund" −2.8).
const normalise = (x: number): number => x / Math.sqrt(x * x + 15);
const only = (text: string) => {
  const r = scoreText(text);
  expect(TextReadingSchema.safeParse(r).success).toBe(true);
  return r;
};

describe('scoreText: worked examples (VADER constants)', () => {
  it('a single word: energy is the normalised valence', () => {
    const r = only('good');
    // 1.9 / √(1.9² + 15) = 1.9 / 4.31393 = 0.44043
    expect(r.energy).toBeCloseTo(0.44043, 5);
    expect(r.level).toBeCloseTo(0.44043, 5);
    expect(r.language).toBe('en');
    expect(r.evidence).toEqual([{ text: 'good', offset: 0, base: 1.9, rules: [], contribution: 1.9, traits: ['joy'] }]);
    // joy = normalise(1.9): the only tagged evidence
    expect(r.traits.joy).toBeCloseTo(0.44043, 5);
  });

  it('negation multiplies by N_SCALAR −0.74', () => {
    const r = only('not great');
    // 3.1 × −0.74 = −2.294; −2.294 / √(2.294² + 15) = −0.50962
    expect(r.evidence[0]).toMatchObject({ text: 'great', base: 3.1, rules: ['negated'] });
    expect(r.evidence[0]?.contribution).toBeCloseTo(-2.294, 10);
    expect(r.energy).toBeCloseTo(-0.50962, 5);
  });

  it("n't contractions negate (don't, isn't, can't, won't, didn't, ’ too)", () => {
    for (const t of ["I don't love it", "it isn't great", "can't recommend", "won't enjoy", "didn't like", 'don’t love it']) {
      expect(scoreText(t).energy, t).toBeLessThan(0);
    }
  });

  it('double negation cancels, dampened: × 0.74²', () => {
    const r = only('it is not not great');
    // 3.1 × 0.74 × 0.74 = 1.69756
    expect(r.evidence[0]?.rules).toEqual(['negated', 'negated']);
    expect(r.evidence[0]?.contribution).toBeCloseTo(1.69756, 10);
  });

  it('a negated negative word turns only weakly positive (× −0.3)', () => {
    // terrible −2.1 × −0.3 = 0.63
    expect(only('not terrible').evidence[0]?.contribution).toBeCloseTo(0.63, 10);
  });

  it('negation scope ends at clause punctuation', () => {
    // "not" cannot reach past the comma: great keeps 3.1 (and "not", alone in its clause, is read
    // as TEXT_DEFAULTS.standaloneNegation −0.3)
    const ev = only('not at all, great').evidence;
    expect(ev.map((e) => [e.text, e.contribution])).toEqual([['not', -0.3], ['great', 3.1]]);
  });

  it('VADER never-check: after "so" / "this" a sentiment word is compared, not denied', () => {
    // "well" 1.1, "so" +0.293 → 1.393; "never" 3 units back scales ×1.25 → 1.74125;
    // energy 1.74125 / √(1.74125² + 15) = 0.41005
    const r = scoreText('I have never slept so well', { language: 'en' });
    expect(r.evidence[0]?.contribution).toBeCloseTo(1.74125, 10);
    expect(r.energy).toBeCloseTo(0.41005, 4);
    // "sore" −1.5 × 1.25 = −1.875 (not flipped by "haven't")
    expect(scoreText("Haven't been this sore in a while", { language: 'en' }).evidence[0]?.contribution).toBeCloseTo(-1.875, 10);
    // "not so good" still negates: (1.9 + 0.293) × −0.74 = −1.62282
    expect(scoreText('not so good', { language: 'en' }).evidence[0]?.contribution).toBeCloseTo(-1.62282, 10);
  });

  it('"no" is a word (VADER −1.2), not a negator: "no worries" stays negative', () => {
    expect(scoreText('No worries', { language: 'en' }).evidence.map((e) => e.contribution)).toEqual([-1.2, -1.8]);
  });

  it('boosters add B_INCR / B_DECR 0.293, decaying ×0.95 at distance 2', () => {
    expect(only('very great').evidence[0]).toMatchObject({ rules: ['intensified'] });
    expect(only('very great').evidence[0]?.contribution).toBeCloseTo(3.393, 10); // 3.1 + 0.293
    expect(only('slightly great').evidence[0]).toMatchObject({ rules: ['dampened'] });
    expect(only('slightly great').evidence[0]?.contribution).toBeCloseTo(2.807, 10); // 3.1 − 0.293
    expect(only('very very good').evidence[0]?.contribution).toBeCloseTo(2.47135, 10); // 1.9 + 0.293 + 0.293 × 0.95
    expect(only('very bad').evidence[0]?.contribution).toBeCloseTo(-2.793, 10); // −2.5 − 0.293
  });

  it('contrast: before "but" × 0.5, after × 1.5', () => {
    const r = only('The food was great but the service was terrible');
    // great 3.1 × 0.5 = 1.55; terrible −2.1 × 1.5 = −3.15; Σ = −1.6 → −1.6 / √(2.56 + 15) = −0.38182
    expect(r.evidence.map((e) => [e.text, e.rules])).toEqual([['great', ['contrast']], ['terrible', ['contrast']]]);
    expect(r.evidence[0]?.contribution).toBeCloseTo(1.55, 10);
    expect(r.evidence[1]?.contribution).toBeCloseTo(-3.15, 10);
    expect(r.energy).toBeCloseTo(-0.38182, 5);
  });

  it('contrast: an although-clause is dampened and the main clause weighs more', () => {
    const r = only('Although it was great, it broke.');
    // great 3.1 × 0.5 = 1.55; broke −1.8 × 1.5 = −2.7
    expect(r.evidence[0]?.contribution).toBeCloseTo(1.55, 10);
    expect(r.evidence[1]?.contribution).toBeCloseTo(-2.7, 10);
    expect(r.energy).toBeLessThan(0);
  });

  it('emphasis: each "!" adds 0.292 (at most 4), ALL CAPS adds 0.733 in mixed case', () => {
    expect(only('great!!!').evidence[0]?.contribution).toBeCloseTo(3.976, 10); // 3.1 + 3 × 0.292
    expect(only('great!!!!!!').evidence[0]?.contribution).toBeCloseTo(4.268, 10); // 3.1 + 4 × 0.292
    const caps = only('The food was GREAT');
    expect(caps.evidence[0]).toMatchObject({ text: 'GREAT', rules: ['emphasis'] });
    expect(caps.evidence[0]?.contribution).toBeCloseTo(3.833, 10); // 3.1 + 0.733
    // all caps: no differential, no bonus
    expect(only('THE FOOD WAS GREAT').evidence[0]?.contribution).toBeCloseTo(3.1, 10);
  });

  it('elongation: "sooo good" reads the booster "so"; "goood" is good with a 0.293 bonus', () => {
    expect(only('sooo good').evidence[0]?.contribution).toBeCloseTo(2.193, 10); // 1.9 + 0.293 (so)
    const g = only('goood');
    expect(g.evidence[0]).toMatchObject({ text: 'goood', base: 1.9, rules: ['emphasis'] });
    expect(g.evidence[0]?.contribution).toBeCloseTo(2.193, 10);
  });

  it('emoji and emoticons carry valence and are never negated', () => {
    const r = only('not 😍 :(');
    // 😍 3.0 (own table), :( −1.9 (VADER), each × symbolScale 1.5: 4.5 and −2.85, Σ = 1.65
    expect(r.evidence.map((e) => [e.text, e.base, e.rules])).toEqual([
      ['😍', 3, ['emoji']],
      [':(', -1.9, ['emoji']],
    ]);
    expect(r.evidence[0]?.contribution).toBeCloseTo(4.5, 10);
    expect(r.evidence[1]?.contribution).toBeCloseTo(-2.85, 10);
    expect(r.emotions.love).toBeGreaterThan(0);
  });

  it('phrases beat words, longest first; customer-domain phrases', () => {
    const r = only('Still no refund. Never again.');
    expect(r.evidence.map((e) => [e.text, e.offset, e.base, e.rules])).toEqual([
      ['Still no refund', 0, -2.8, ['phrase']],
      ['Never again', 17, -2.6, ['phrase']],
    ]);
    // Σ = −5.4 → −5.4 / √(29.16 + 15) = −5.4 / 6.64530 = −0.81260
    expect(r.energy).toBeCloseTo(-0.8126, 5);
    expect(r.traits.frustration).toBeGreaterThan(0.5);
    expect(scoreText('I waited three weeks').evidence[0]).toMatchObject({ text: 'waited three weeks', rules: ['phrase'] });
    expect(scoreText('I want my money back').energy).toBeLessThan(-0.4);
  });

  it('energy is derivable from the evidence alone', () => {
    const r = only('The delivery was late, but the support team was really helpful!');
    const sum = r.evidence.reduce((s, e) => s + e.contribution, 0);
    expect(r.energy).toBeCloseTo(normalise(sum), 12);
  });

  it('traits and emotions come from tags; a negated word feeds the opposite trait', () => {
    expect(only('I am happy').traits.joy).toBeGreaterThan(0);
    const neg = only('I am not happy');
    expect(neg.traits.joy).toBe(0);
    expect(neg.traits.dejection).toBeGreaterThan(0);
    expect(neg.emotions.joy).toBe(0);
    expect(only('what a scam').traits.suspicion).toBeGreaterThan(0);
  });

  it('confidence grows with evidence and agreement', () => {
    const one = only('good').confidence;
    const two = only('good, great').confidence;
    const mixed = only('good, bad').confidence;
    // one word: (1 − e^(−1.9/2)) × 1 = 0.61326
    expect(one).toBeCloseTo(0.61326, 5);
    expect(two).toBeGreaterThan(one);
    expect(mixed).toBeLessThan(two);
  });
});

describe('scoreText: options', () => {
  it('per-call words override without leaking into later calls', () => {
    const base = scoreText('refund please').energy;
    const words = { refund: -3 };
    expect(scoreText('refund please', { words }).evidence.find((e) => e.text === 'refund')?.base).toBe(-3);
    expect(scoreText('refund please').energy).toBe(base);
    expect(scoreText('refund please', { words: { en: { refund: 2 } } }).evidence.find((e) => e.text === 'refund')?.base).toBe(2);
    expect(scoreText('refund please', { words: { it: { refund: 2 } } }).evidence.find((e) => e.text === 'refund')?.base).toBe(-0.3);
  });

  it('per-call phrases and tagged entries', () => {
    const r = scoreText('the parcel got lost again', { words: { 'got lost': { valence: -2, traits: ['frustration'], emotions: ['anger'] } } });
    expect(r.evidence[0]).toMatchObject({ text: 'got lost', base: -2, rules: ['phrase'], traits: ['frustration'], emotions: ['anger'] });
  });

  it('language skips detection; a registered pack reads a further language', () => {
    expect(scoreText('good', { language: 'it' }).language).toBe('it');
    expect(scoreText('good', { language: 'EN' }).language).toBe('en'); // codes are case-insensitive
    expect(scoreText('   ', { language: 'en' }).language).toBe('en');
    expect(scoreText('   ', { language: 'xx' }).language).toBe('und');
    const de = {
      code: 'de',
      words: new Map([['gut', { valence: 2 }], ['schlecht', { valence: -2 }]]),
      phrases: new Map(),
      negators: new Set(['nicht', 'kein']),
      boosters: new Map([['sehr', 0.293]]),
      contrastAfter: new Set(['aber']),
      contrastBefore: new Set(['obwohl']),
      functionWords: new Set(['das', 'ist', 'nicht', 'und', 'der', 'die']),
    };
    const r = scoreText('Das ist nicht gut', { packs: [de] });
    expect(r.language).toBe('de');
    expect(r.evidence[0]?.contribution).toBeCloseTo(-1.48, 10); // 2 × −0.74
    expect(scoreText('Das ist nicht gut').language).toBe('und'); // not registered globally
  });
});
