import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itPack } from '../../../src/text/lang/it/index';
import { TEXT_DEFAULTS } from '../../../src/text/defaults';
import { scoreText } from '../../../src/text/scoreText';

/** VADER's normaliser x / √(x² + 15) (Hutto & Gilbert 2014), as the engine applies it. */
const normalise = (x: number): number => x / Math.sqrt(x * x + 15);
/** VADER constants the engine uses: N_SCALAR −0.74, B_INCR 0.293. */
const NEG = -0.74;
const STEP = 0.293;
/** The engine's scalar for a negated NEGATIVE word (−0.3, Kiritchenko & Mohammad 2016), else N_SCALAR. */
const NEG_OF_NEGATIVE = (TEXT_DEFAULTS as { readonly negativeNegationScalar?: number }).negativeNegationScalar ?? NEG;
const valence = (w: string): number => {
  const v = itPack.words.get(w)?.valence ?? itPack.phrases.get(w)?.valence;
  if (v === undefined) throw new Error(`missing ${w}`);
  return v;
};
const it_ = (text: string) => scoreText(text, { language: 'it' });

describe('scoreText on Italian: worked examples', () => {
  it('non è buono is negative: buono 1.9 × −0.74 = −1.406 → −1.406/√(1.977+15) = −0.341', () => {
    const r = it_('non è buono');
    expect(valence('buono')).toBe(1.9);
    expect(r.energy).toBeCloseTo(normalise(1.9 * NEG), 10);
    expect(r.energy).toBeCloseTo(-0.341, 3);
    expect(r.evidence[0]?.rules).toEqual(['negated']);
  });

  it('non è male is mildly positive: male −2 × −0.3 = 0.6 → 0.6/√(0.36+15) = 0.153, below buono (0.440)', () => {
    const r = it_('non è male');
    expect(r.energy).toBeCloseTo(normalise(valence('male') * NEG_OF_NEGATIVE), 10);
    expect(r.energy).toBeGreaterThan(0);
    expect(r.energy).toBeLessThan(it_('buono').energy);
  });

  it('molto buono > buono > poco buono: 1.9 + 0.293, 1.9, 1.9 × −0.74 (poco negates: "poco chiaro" = unclear)', () => {
    const molto = it_('molto buono').energy;
    const buono = it_('buono').energy;
    const poco = it_('poco buono').energy;
    expect(molto).toBeCloseTo(normalise(1.9 + STEP), 10); // 2.193 → 0.493
    expect(buono).toBeCloseTo(normalise(1.9), 10); // 0.440
    expect(poco).toBeCloseTo(normalise(1.9 * NEG), 10); // −1.406 → −0.341
    expect(molto).toBeGreaterThan(buono);
    expect(buono).toBeGreaterThan(poco);
    // un po' and pochi only damp: 1.9 − 0.293 = 1.607 → 0.383
    expect(it_("un po' buono").energy).toBeCloseTo(normalise(1.9 - STEP), 10);
  });

  it('the clause after ma outweighs the one before: bello 2.4 × 0.5 + pessima −3.3 × 1.5 = −3.75 → −0.696', () => {
    const r = it_('il prodotto è bello ma la spedizione è pessima');
    expect(r.energy).toBeCloseTo(normalise(2.4 * 0.5 - 3.3 * 1.5), 10);
    expect(r.energy).toBeCloseTo(-0.696, 3);
    expect(r.evidence.map((e) => e.rules)).toEqual([['contrast'], ['contrast']]);
  });

  it('però and tuttavia are contrast markers too, written with or without the accent', () => {
    for (const ma of ['però', "pero'", 'tuttavia']) {
      expect(it_(`il prodotto è bello ${ma} la spedizione è pessima`).energy).toBeCloseTo(-0.696, 3);
    }
  });

  it('mai più and non lo consiglio are negative phrases (−2.8 → −0.586), not negated words', () => {
    for (const text of ['mai più', 'Mai piu', 'non lo consiglio', 'Non lo consiglio!']) {
      const r = it_(text);
      expect(r.energy, text).toBeLessThan(-0.5);
      expect(r.evidence[0]?.rules, text).toContain('phrase');
    }
    expect(it_('mai più').energy).toBeCloseTo(normalise(-2.8), 10);
  });

  it('reads the tweet spelling nn as non, in rules and in phrases', () => {
    expect(it_('nn è buono').energy).toBeCloseTo(it_('non è buono').energy, 10);
    expect(it_('nn lo consiglio').energy).toBeCloseTo(normalise(-2.8), 10);
  });

  it('senza + a virtue is a vice: senza vergogna −2.5 → −0.542, not a negated shame', () => {
    const r = it_('un governo senza vergogna');
    expect(r.energy).toBeCloseTo(normalise(-2.5), 10);
    expect(r.evidence[0]?.rules).toEqual(['phrase']);
    // while senza before a fault does flip it weakly: senza problemi is a phrase, senza difetti is not
    expect(it_('arrivato senza difetti').energy).toBeGreaterThan(0);
  });

  it('lo consiglio is positive and consiglierei reads as a verb form of consigliare', () => {
    expect(it_('lo consiglio').energy).toBeGreaterThan(0.5);
    expect(it_('lo consiglierei a tutti').energy).toBeGreaterThan(0.5);
  });

  it("splits elisions: un'ottima esperienza reads ottima (3.2 → 0.637)", () => {
    const r = it_("un'ottima esperienza");
    expect(r.evidence.map((e) => e.text)).toEqual(['ottima']);
    expect(r.evidence[0]?.offset).toBe(3); // u-n-' then ottima at 3
    expect(r.energy).toBeCloseTo(normalise(3.2), 10);
    expect(it_("l'assistenza è stata pessima").energy).toBeLessThan(-0.5);
  });

  it('customer-domain phrases: rapporto qualità prezzo, spedizione in ritardo, truffa, soldi buttati', () => {
    expect(it_('ottimo rapporto qualità-prezzo').energy).toBeGreaterThan(0.5);
    expect(it_('pacco mai arrivato, una truffa, soldi buttati').energy).toBeLessThan(-0.8);
    expect(it_('la spedizione è in ritardo e il servizio clienti non risponde').energy).toBeLessThan(-0.4);
  });

  it('reads the social register and hashtags: #vergogna, ladri, bravo, grazie', () => {
    expect(it_('#vergogna ladri').energy).toBeLessThan(-0.7);
    expect(it_('bravo, grazie e complimenti').energy).toBeGreaterThan(0.7);
    expect(it_('#vergogna').evidence[0]?.text).toBe('vergogna');
  });

  it('tags traits and emotions: a scam reads as disgust and frustration', () => {
    const r = it_('una truffa');
    expect(r.emotions.disgust).toBeGreaterThan(0);
    expect(r.traits.frustration).toBeGreaterThan(0);
    expect(r.emotions.joy).toBe(0);
  });
});

describe('scoreText on Italian: negative concord (non + n-word is one negation)', () => {
  it('non è mai buono: one negation, 1.9 × −0.74 = −1.406 → −0.341 (two would give +)', () => {
    const r = it_('non è mai buono');
    expect(r.energy).toBeCloseTo(normalise(1.9 * NEG), 10);
    expect(r.evidence[0]?.rules).toEqual(['negated']);
  });

  it('non ho avuto nessun problema is positive, non ho ricevuto nessuna risposta negative', () => {
    expect(it_('non ho avuto nessun problema').energy).toBeCloseTo(normalise(2.5), 10);
    expect(it_("Non ho ricevuto nessuna risposta dall'assistenza").energy).toBeCloseTo(normalise(-2), 10);
  });

  it('non lo comprerò mai più stays a −2.8 never-again, in both spellings', () => {
    expect(it_('non lo comprerò mai più').energy).toBeCloseTo(normalise(-2.8), 10);
    expect(it_('nn ci torno mai piu').energy).toBeCloseTo(normalise(-2.8), 10);
  });

  it('non … non stays a double negation: non è che non mi piace → 2.2 × 0.74² × (−1)² > 0', () => {
    const r = it_('non è che non mi piace');
    expect(r.evidence[0]?.rules).toEqual(['phrase', 'negated', 'negated']);
    expect(r.energy).toBeGreaterThan(0);
  });
});

describe('scoreText on Italian: interjections', () => {
  it('a laugh is the writer\'s own state: "non lo so ahahah" keeps ahahah positive (1.5 → 0.361)', () => {
    const r = it_('non lo so ahahah');
    expect(r.energy).toBeCloseTo(normalise(1.5), 10);
    expect(r.evidence[0]?.rules).toEqual([]);
  });
});

describe('scoreText detects Italian', () => {
  it('tells Italian from English by function words', () => {
    expect(scoreText("Non lo consiglio, l'assistenza è pessima").language).toBe('it');
    expect(scoreText('Il pacco è arrivato in ritardo ma il venditore è stato gentilissimo').language).toBe('it');
    expect(scoreText('perche\' non mi hanno ancora rimborsato?').language).toBe('it');
    expect(scoreText('The parcel arrived late but the seller was very kind').language).toBe('en');
    expect(scoreText('Ha, that is awesome!').language).toBe('en');
  });
});

describe('scoreText on Italian: properties', () => {
  const positives = [...itPack.words].filter(([, e]) => e.valence >= 1.5).map(([w]) => w).filter((w) => !w.includes("'"));

  it('negating a clearly positive Italian word never makes it more positive', () => {
    fc.assert(
      fc.property(fc.constantFrom(...positives), (w) => {
        expect(it_(`non è ${w}`).energy).toBeLessThanOrEqual(it_(`è ${w}`).energy);
      }),
      { numRuns: 150 },
    );
  });

  it('energy, traits and emotions stay in range for any Italian-looking string', () => {
    const words = fc.constantFrom('non', 'mai', 'molto', 'poco', 'ma', 'però', 'buono', 'pessimo', 'truffa', 'grazie', "l'", '!', '?', 'più', 'anche se', ',');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), (parts) => {
        const r = it_(parts.join(' '));
        expect(Math.abs(r.energy)).toBeLessThanOrEqual(1);
        for (const v of [...Object.values(r.traits), ...Object.values(r.emotions)]) expect(v).toBeGreaterThanOrEqual(0);
        for (const v of [...Object.values(r.traits), ...Object.values(r.emotions)]) expect(v).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });
});
