import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itPack } from '../../../src/text/lang/it/index';
import { parseLexiconBlock, type LexiconSink } from '../../../src/text/lang/it/parseLexiconBlock';
import { EMOTIONS, TRAITS } from '../../../src/text/traits';

function sink(protectedForms: string[] = []): LexiconSink {
  return { words: new Map(), phrases: new Map(), priority: new Map(), protectedForms: new Set(protectedForms) };
}

describe('itPack', () => {
  it('is the Italian pack, with a lexicon of thousands of forms', () => {
    expect(itPack.code).toBe('it');
    expect(itPack.words.size).toBeGreaterThan(5000);
    expect(itPack.phrases.size).toBeGreaterThan(300);
  });

  it('keeps every valence on -4..+4 and every tag a known trait or emotion', () => {
    for (const [form, entry] of [...itPack.words, ...itPack.phrases]) {
      expect(Math.abs(entry.valence), form).toBeLessThanOrEqual(4);
      expect(entry.valence, form).not.toBe(0);
      for (const t of entry.traits ?? []) expect(TRAITS).toContain(t);
      for (const e of entry.emotions ?? []) expect(EMOTIONS).toContain(e);
    }
  });

  it('covers inflections, superlatives, verb forms and accents both ways', () => {
    for (const w of ['ottimo', 'ottima', 'ottimi', 'ottime', 'bellissima', 'consigliato', 'consiglierei', 'felicita', "felicita'"]) {
      expect(itPack.words.get(w)?.valence ?? 0, w).toBeGreaterThan(0);
    }
    // qualità is neutral on its own (scarsa qualità, ottima qualità are phrases)
    expect(itPack.words.has('qualità') || itPack.words.has('qualita')).toBe(false);
    expect(itPack.words.get('truffe')?.valence).toBeLessThan(-2);
    // superlative one step above its adjective: bello 2.4 → bellissimo 2.4 + 0.75 = 3.15 … but
    // `bellissimo` is written itself (2.8); `felicissima` is generated from felice 3 → 3.75.
    expect(itPack.words.get('felicissima')?.valence).toBeCloseTo(3.75, 10);
    expect(itPack.phrases.get('mai più')?.valence).toBeLessThan(0);
    expect(itPack.phrases.get('mai piu')?.valence).toBeLessThan(0);
    expect(itPack.phrases.get("mai piu'")?.valence).toBeLessThan(0);
    expect(itPack.phrases.get("non e' mai arrivato")?.valence).toBeLessThan(0);
    expect(itPack.boosters.get("cosi'")).toBeGreaterThan(0);
    expect(itPack.contrastAfter.has("pero'")).toBe(true);
    expect(itPack.contrastBefore.has('anche se')).toBe(true);
  });

  it('marks interjections, which no negator reaches', () => {
    expect(itPack.words.get('ahahah')?.kind).toBe('interjection');
    expect(itPack.words.get('uffa')?.kind).toBe('interjection');
    expect(itPack.words.get('buono')?.kind).toBeUndefined();
  });

  it('tags words with traits and emotions', () => {
    expect(itPack.words.get('truffa')?.emotions).toContain('disgust');
    expect(itPack.words.get('grazie')?.traits).toContain('magnanimity');
    expect(itPack.words.get('paura')?.emotions).toContain('fear');
  });

  it('writes phrases as the elision tokeniser reads them', () => {
    expect(itPack.phrases.has("ce l' ho fatta")).toBe(true);
    expect(itPack.phrases.has("non vedo l' ora")).toBe(true);
    expect(itPack.phrases.has('ottimo rapporto qualità prezzo')).toBe(true);
    for (const key of itPack.phrases.keys()) expect(key, key).not.toMatch(/'\p{L}|-|\s\s/u);
  });

  it('never lets a generated form or a stripped accent take a function word', () => {
    for (const w of ['si', 'e', 'fino', 'come', 'consiglio', 'se', 'da', 'la', 'non', 'ma']) expect(itPack.words.has(w), w).toBe(false);
    expect(itPack.negators.has('non') && itPack.negators.has('nn') && itPack.negators.has('mai')).toBe(true);
  });
});

describe('parseLexiconBlock', () => {
  it('expands classes and parses tags', () => {
    const s = sink();
    parseLexiconBlock('2 jo J | bello A+, truffare V\n# comment\n-1.5 fr A | mai più\n1 int | ahah', s);
    expect(s.words.get('ahah')).toEqual({ valence: 1, kind: 'interjection' });
    expect(s.words.get('belle')).toEqual({ valence: 2, traits: ['joy'], emotions: ['joy'] });
    // 2 + 0.75 superlative step
    expect(s.words.get('bellissimi')?.valence).toBe(2.75);
    expect(s.words.get('truffato')?.valence).toBe(2);
    expect(s.phrases.get('mai più')).toEqual({ valence: -1.5, traits: ['frustration'], emotions: ['anger'] });
    expect(s.phrases.get('mai piu')?.valence).toBe(-1.5);
  });

  it('reads indented continuation lines as more items of the entry above', () => {
    const s = sink();
    parseLexiconBlock('-2 fr | truffa N,\n  fregatura N,\n  mai più', s);
    expect(s.words.get('fregature')?.valence).toBe(-2);
    expect(s.phrases.get('mai più')?.traits).toEqual(['frustration']);
    expect(() => parseLexiconBlock('fregatura N', sink())).toThrow(/without '\|'/);
  });

  it('lets the first headword win and written forms beat generated ones', () => {
    const s = sink(['fino']);
    parseLexiconBlock('1 | caro A\n-1 | cara, caro\n2 | finire Vi, finire V', s);
    expect(s.words.get('caro')?.valence).toBe(1); // first headword
    expect(s.words.get('cara')?.valence).toBe(-1); // written beats generated
    expect(s.words.has('fino')).toBe(false); // protected
  });

  it('rejects malformed lines with an error naming the line', () => {
    expect(() => parseLexiconBlock('ottimo A', sink())).toThrow(/without '\|'/);
    expect(() => parseLexiconBlock('ottimo A', sink())).toThrow(expect.objectContaining({ code: 'E_INPUT_INVALID', path: ['lexicon', 'ottimo A'] }));
    expect(() => parseLexiconBlock('9 | ottimo', sink())).toThrow(/bad valence/);
    expect(() => parseLexiconBlock('1 zz | ottimo', sink())).toThrow(/unknown tag/);
  });

  it('keeps any valence it accepts and never throws on well-formed lines (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }).map((i) => i / 10), fc.stringMatching(/^[a-z]{2,10}$/), (v, w) => {
        const s = sink();
        parseLexiconBlock(`${v} | ${w} A+`, s);
        for (const e of s.words.values()) expect(Math.abs(e.valence)).toBeLessThanOrEqual(4);
        expect(s.words.get(w)?.valence).toBe(v);
      }),
      { numRuns: 100 },
    );
  });
});
