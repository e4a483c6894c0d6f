import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/detectLanguage';
import type { LanguagePack } from '../../src/text/languagePack';
import { scoreText } from '../../src/text/scoreText';

describe('detectLanguage', () => {
  it('reads English, Chinese (simplified and traditional) and Italian', () => {
    expect(detectLanguage('The delivery was late and nobody answered')).toBe('en');
    expect(detectLanguage('Great product!')).toBe('en'); // no function word: the lexicon decides
    expect(detectLanguage('这个手机很好用')).toBe('zh');
    expect(detectLanguage('這個手機很好用，服務態度也不錯')).toBe('zh');
    expect(detectLanguage("Non lo consiglio, l'assistenza è pessima")).toBe('it');
    expect(detectLanguage('dell’ordine non è mai arrivato')).toBe('it');
  });

  it('picks the dominant language of mixed text', () => {
    expect(detectLanguage('我很喜欢这个iPhone，质量很好')).toBe('zh');
    expect(detectLanguage('I love 北京 food, the service was great')).toBe('en');
    expect(detectLanguage('The pizza was great ma il servizio non è stato per niente buono e la cameriera era scortese')).toBe('it');
  });

  it('pieces of a URL broken by a space do not count as unknown words', () => {
    // "finalmente", "felicità", "assoluta": 3 Italian lexicon words; without the rule the URL's
    // "http", "instagram", "com", "p", "fsaL", "aLmGi" made 9 words, under the 1/3 threshold
    expect(detectLanguage('Finalmente! Felicità assoluta! :D http:// instagram.com/p/fsaL9aLmGi/')).toBe('it');
    expect(detectLanguage('Das Essen war gut http:// bit.ly/x')).toBe('und');
  });

  it('the lexical fallback gives the same answer on every call (pack by pack first, cached masks after)', () => {
    const texts = ['Great product!', 'Felicità assoluta!', 'Das Essen war gut', 'Terrible, awful', 'Bellissimo, fantastico'];
    const first = texts.map((t) => detectLanguage(t));
    expect(first).toEqual(['en', 'it', 'und', 'en', 'it']);
    for (let round = 0; round < 3; round++) expect(texts.map((t) => detectLanguage(t))).toEqual(first);
    // a registered pack makes a new candidate list per call: read pack by pack, same rule
    const de: LanguagePack = { code: 'de', words: new Map([['gut', { valence: 2 }], ['essen', { valence: 0.5 }]]), phrases: new Map(), negators: new Set(), boosters: new Map(), contrastAfter: new Set(), contrastBefore: new Set() };
    expect(detectLanguage('Das Essen war gut', { packs: [de] })).toBe('de');
    expect(detectLanguage('Great product!', { packs: [de] })).toBe('en');
  });

  it('anything else is und, never a throw', () => {
    expect(detectLanguage('Das ist nicht gut')).toBe('und');
    expect(detectLanguage('Это очень хорошо')).toBe('und');
    expect(detectLanguage('とても良い製品です')).toBe('und');
    expect(detectLanguage('12345 !!!')).toBe('und');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage(42 as unknown as string)).toBe('und');
  });

  it('registered packs supply their own function words', () => {
    const de: LanguagePack = {
      code: 'de', words: new Map([['gut', { valence: 2 }]]), phrases: new Map(), negators: new Set(['nicht']),
      boosters: new Map(), contrastAfter: new Set(), contrastBefore: new Set(), functionWords: new Set(['das', 'ist', 'nicht']),
    };
    expect(detectLanguage('Das ist nicht gut', { packs: [de] })).toBe('de');
    expect(detectLanguage('Das ist nicht gut')).toBe('und');
  });

  it('kana or hangul text goes to the one registered unspaced pack', () => {
    const ja: LanguagePack = {
      code: 'ja', words: new Map([['良い', { valence: 2 }]]), phrases: new Map(), negators: new Set(), boosters: new Map(),
      contrastAfter: new Set(), contrastBefore: new Set(), tokeniser: 'cjk',
    };
    expect(detectLanguage('とても良い製品です', { packs: [ja] })).toBe('ja');
    const r = scoreText('とても良い製品です', { packs: [ja] });
    expect(r.language).toBe('ja');
    expect(r.evidence.map((e) => e.text)).toEqual(['良い']);
  });

  it('agrees with the language scoreText reports', () => {
    for (const t of ['Great product!', 'goood', "Non lo consiglio", '这个手机很好用', 'Das ist gut', 'sooo good #fail']) {
      const expected = detectLanguage(t);
      expect(scoreText(t).language, t).toBe(expected);
    }
  });
});
