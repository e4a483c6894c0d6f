import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../../../src/text/engine/evidenceOf';
import { scoreText } from '../../../src/text/scoreText';

describe('evidenceOf', () => {
  const entry = { valence: 1.9, traits: ['joy', 'trust'] as const, emotions: ['joy'] as const };

  it('keeps the tags of a word read in its own direction, as copies, in the schema key order', () => {
    const e = evidenceOf('good', 3, 1.9, [], 1.9, { ...entry, traits: [...entry.traits], emotions: [...entry.emotions] });
    expect(Object.keys(e)).toEqual(['text', 'offset', 'base', 'rules', 'contribution', 'traits', 'emotions']);
    expect(e).toEqual({ text: 'good', offset: 3, base: 1.9, rules: [], contribution: 1.9, traits: ['joy', 'trust'], emotions: ['joy'] });
  });

  it('turns the traits of a flipped word to their opposites and drops its emotions', () => {
    // "not good": 1.9 × −0.74 = −1.406, against the base's sign
    const e = evidenceOf('good', 4, 1.9, ['negated'], -1.406, { valence: 1.9, traits: ['joy', 'trust'], emotions: ['joy'] });
    expect(e).toEqual({ text: 'good', offset: 4, base: 1.9, rules: ['negated'], contribution: -1.406, traits: ['dejection', 'suspicion'] });
    expect('emotions' in e).toBe(false);
  });

  it('has no traits or emotions keys for an untagged word', () => {
    expect(Object.keys(evidenceOf('ok', 0, 0.9, [], 0.9, { valence: 0.9 }))).toEqual(['text', 'offset', 'base', 'rules', 'contribution']);
  });

  it('gives scoreText evidence whose tags are not shared with the lexicon', () => {
    const a = scoreText('I love it').evidence[0];
    const b = scoreText('I love it').evidence[0];
    expect(a).toEqual(b);
    if (a?.emotions !== undefined) expect(a.emotions).not.toBe(b?.emotions);
  });
});
