import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conjugateItalian } from '../../../src/text/lang/it/conjugateItalian';
import { inflectItalian } from '../../../src/text/lang/it/inflectItalian';
import { superlativesOf } from '../../../src/text/lang/it/superlativesOf';

describe('inflectItalian', () => {
  it('gives the four forms of an -o adjective', () => {
    expect(inflectItalian('ottimo', { kind: 'adjective' }).sort()).toEqual(['ottima', 'ottime', 'ottimi', 'ottimo']);
  });

  it('gives both plurals of -co / -go and the -che / -ghe feminine', () => {
    const simpatico = inflectItalian('simpatico', { kind: 'adjective' });
    expect(simpatico).toEqual(expect.arrayContaining(['simpatica', 'simpatici', 'simpatiche']));
    expect(inflectItalian('lungo', { kind: 'adjective' })).toEqual(expect.arrayContaining(['lunghi', 'lunghe']));
  });

  it('gives -e / -i for -e adjectives and -i / -e for -ista adjectives', () => {
    expect(inflectItalian('felice', { kind: 'adjective' }).sort()).toEqual(['felice', 'felici']);
    expect(inflectItalian('egoista', { kind: 'adjective' }).sort()).toEqual(['egoista', 'egoiste', 'egoisti']);
  });

  it('pluralises nouns and leaves accented or foreign endings invariant', () => {
    expect(inflectItalian('truffa', { kind: 'noun' }).sort()).toEqual(['truffa', 'truffe']);
    expect(inflectItalian('ladro', { kind: 'noun' }).sort()).toEqual(['ladri', 'ladro']);
    expect(inflectItalian('problema', { kind: 'noun' })).toContain('problemi');
    expect(inflectItalian('qualità', { kind: 'noun' })).toEqual(['qualità']);
    expect(inflectItalian('relax', { kind: 'noun' })).toEqual(['relax']);
  });

  it('always keeps the word itself (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,12}$/), fc.constantFrom('adjective' as const, 'noun' as const), (w, kind) => {
        expect(inflectItalian(w, { kind })).toContain(w);
      }),
      { numRuns: 200 },
    );
  });
});

describe('superlativesOf', () => {
  it('builds -issimo forms', () => {
    expect(superlativesOf('bello')).toEqual(['bellissimo', 'bellissima', 'bellissimi', 'bellissime']);
    expect(superlativesOf('felice')[0]).toBe('felicissimo');
    expect(superlativesOf('vario')[0]).toBe('varissimo');
    expect(superlativesOf('top')).toEqual([]);
  });
});

describe('conjugateItalian', () => {
  it('conjugates a regular -are verb, with -iare spelling (no double i)', () => {
    const forms = conjugateItalian('consigliare', { isc: false });
    for (const f of ['consiglio', 'consigli', 'consigliamo', 'consigliato', 'consigliata', 'consiglierei', 'consiglierà', 'consigliando', 'consigliarlo']) {
      expect(forms).toContain(f);
    }
    expect(forms).not.toContain('consiglii');
  });

  it('keeps the hard c / g of -care / -gare and drops the i of -ciare / -giare', () => {
    expect(conjugateItalian('truffare', { isc: false })).toContain('truffato');
    expect(conjugateItalian('cercare', { isc: false })).toEqual(expect.arrayContaining(['cerchi', 'cercherò', 'cercarlo']));
    expect(conjugateItalian('pagare', { isc: false })).toContain('pagherei');
    expect(conjugateItalian('lasciare', { isc: false })).toContain('lascerò');
  });

  it('conjugates -ere and -ire verbs, with -isc- when asked', () => {
    expect(conjugateItalian('temere', { isc: false })).toEqual(expect.arrayContaining(['temo', 'teme', 'temuto', 'temerei']));
    expect(conjugateItalian('fallire', { isc: true })).toEqual(expect.arrayContaining(['fallisce', 'falliscono', 'fallito', 'fallirà']));
    expect(conjugateItalian('fallire', { isc: false })).toContain('fallo');
  });

  it('returns a non-verb unchanged', () => {
    expect(conjugateItalian('bello', { isc: false })).toEqual(['bello']);
  });
});
