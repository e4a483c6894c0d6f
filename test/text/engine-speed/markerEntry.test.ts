import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../src/text/engine/compilePack';
import { readScanned } from '../../../src/text/engine/readScanned';
import { readUnits, type Unit } from '../../../src/text/engine/readUnits';
import type { LanguagePack } from '../../../src/text/languagePack';
import { scoreText } from '../../../src/text/scoreText';
import { scanSpaced } from '../../../src/text/tokenise/scanSpaced';
import { tokeniseSpaced } from '../../../src/text/tokenise/tokeniseSpaced';

/** A pack where "no longer" is both a negator and a phrase (VADER reads its "no" as −1.2). */
const pack: LanguagePack = {
  code: 'xx', words: new Map([['good', { valence: 1.9 }]]), phrases: new Map([['no longer', { valence: -1.2 }]]), negators: new Set(['no longer']),
  boosters: new Map(), contrastAfter: new Set(), contrastBefore: new Set(),
};

describe('a multi-word negator that is also a phrase', () => {
  it('keeps the phrase entry on its unit, in both readers', () => {
    const compiled = compilePack(pack);
    const text = 'it is no longer available';
    const units: Unit[] = [];
    const scanned = units.slice(0, readScanned(scanSpaced(text, compiled), compiled, text, units)).find((u) => u.kind === 'negator');
    const tokens = readUnits(tokeniseSpaced(text, compiled), compiled, text).find((u) => u.kind === 'negator');
    expect(scanned?.entry?.valence).toBe(-1.2);
    expect(tokens).toEqual(scanned);
  });

  it('is scored when it stands alone, and negates when a word follows', () => {
    // alone: −1.2 → −1.2 / √(1.44 + 15) = −0.29596
    expect(scoreText('it is no longer available', { packs: [pack], language: 'xx' }).energy).toBeCloseTo(-0.29596, 5);
    // before "good": a negator, not scored; good 1.9 × −0.74 = −1.406
    const reading = scoreText('no longer good', { packs: [pack], language: 'xx' });
    expect(reading.evidence.map((e) => [e.text, e.rules])).toEqual([['good', ['negated']]]);
  });
});
