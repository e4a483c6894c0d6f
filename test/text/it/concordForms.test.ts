import { describe, expect, it } from 'vitest';
import { concordForms } from '../../../src/text/lang/it/concordForms';
import { itPack } from '../../../src/text/lang/it/index';

describe('concordForms', () => {
  const forms = concordForms(new Set(['mai', 'nessun']), new Map([['mai più', { valence: -2.8 }], ['nessun problema', { valence: 2.5 }], ['buon lavoro', { valence: 2 }]]));

  it('turns non|nn + middle + n-word into one negator', () => {
    for (const n of ['non mai', 'non è mai', 'nn ho mai', "non c' è nessun", 'non ho avuto nessun']) expect(forms.negators, n).toContain(n);
  });

  it('puts every n-word phrase behind non|nn + middle with the same entry, and only those', () => {
    const map = new Map(forms.phrases);
    expect(map.get('non ho nessun problema')).toEqual({ valence: 2.5 });
    expect(map.get('non lo comprerò mai più')).toEqual({ valence: -2.8 });
    expect([...map.keys()].some((k) => k.endsWith('buon lavoro'))).toBe(false);
  });

  it('is in the built-in pack: negators and phrases', () => {
    expect(itPack.negators.has('non è mai')).toBe(true);
    expect(itPack.phrases.get('non ho nessun problema')?.valence).toBeGreaterThan(0);
    // a written phrase wins over a generated one
    expect(itPack.phrases.get('non è mai arrivato')?.valence).toBe(-2); // written at −2; generated from 'mai arrivato' it would be −2.8
  });
});
