import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../src/text/engine/compilePack';
import type { LanguagePack } from '../../../src/text/languagePack';
import { scoreText } from '../../../src/text/scoreText';

/** Two plain words with one valence, one with another, one tagged word with the same valence. */
const pack: LanguagePack = {
  code: 'xx',
  words: new Map([['good', { valence: 1.9 }], ['fine', { valence: 1.9 }], ['bad', { valence: -2.5 }], ['trusty', { valence: 1.9, traits: ['trust'] }], ['zero', { valence: -0 }]]),
  phrases: new Map(), negators: new Set(['not']), boosters: new Map(), contrastAfter: new Set(), contrastBefore: new Set(),
};

describe('compiled plain entries', () => {
  it('share one entry object per valence, keep tagged entries apart, never change a value', () => {
    const lookup = compilePack(pack).lookup;
    const entry = (w: string) => lookup.get(w)?.entry;
    expect(entry('good')).toBe(entry('fine'));
    expect(entry('good')).toEqual({ valence: 1.9, traits: undefined, emotions: undefined, kind: undefined });
    expect(entry('bad')).not.toBe(entry('good'));
    expect(entry('trusty')).not.toBe(entry('good'));
    expect(entry('trusty')?.traits).toEqual(['trust']);
    expect(Object.is(entry('zero')?.valence, -0)).toBe(true); // -0 is not merged with a 0 (a Map key would be)
  });

  it('read the same as separate entries: good and fine score alike', () => {
    // each 1.9 → 1.9 / √(3.61 + 15) = 0.44043; "not fine": 1.9 × −0.74 = −1.406 → −1.406 / √(1.9768 + 15) = −0.34124
    expect(scoreText('good', { packs: [pack], language: 'xx' }).energy).toBeCloseTo(0.44043, 5);
    expect(scoreText('fine', { packs: [pack], language: 'xx' }).energy).toBeCloseTo(0.44043, 5);
    expect(scoreText('not fine', { packs: [pack], language: 'xx' }).energy).toBeCloseTo(-0.34124, 5);
    expect(scoreText('good', { packs: [pack], language: 'xx' }).evidence).toEqual([{ text: 'good', offset: 0, base: 1.9, rules: [], contribution: 1.9 }]);
  });
});
