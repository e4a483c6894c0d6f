import { describe, expect, it } from 'vitest';
import { scoreText } from '../../../src/text/scoreText';

/**
 * Customer reviews written for this test (not taken from any data set; 33): each must be detected as
 * Italian and read with the sign its writer meant. Covers delivery, returns, refunds, support,
 * prices, contrast (ma / anche se), negators (poco, affatto), elisions and customer phrases.
 */
const cases: [string, 1 | -1][] = [
  ['Prodotto arrivato in due giorni, imballato bene e funziona perfettamente.', 1],
  ['Ottimo rapporto qualità-prezzo, lo consiglio a tutti!', 1],
  ["Servizio clienti gentilissimo, mi hanno risolto il problema in cinque minuti.", 1],
  ['Reso facile e rimborso veloce, tornerò sicuramente.', 1],
  ['Personale cordiale e disponibile, camera pulita e colazione buonissima.', 1],
  ['Non male per il prezzo, anche se la batteria potrebbe durare di più.', 1],
  ['Era un po\' caro ma ne vale la pena.', 1],
  ['Sono soddisfatto, tutto come descritto.', 1],
  ['Esperienza fantastica, grazie mille!', 1],
  ['Consegna puntuale, nessun problema.', 1],
  ['Bellissimo, mia figlia lo adora.', 1],
  ['Il pacco non è mai arrivato e nessuno risponde alle email.', -1],
  ['Una truffa, soldi buttati. Mai più!', -1],
  ['Prodotto difettoso, dopo una settimana ha smesso di funzionare.', -1],
  ["L'assistenza è inesistente, aspetto ancora il rimborso da un mese.", -1],
  ['Il prodotto è bello ma la spedizione è stata lentissima.', -1],
  ['Non lo consiglio, qualità scadente.', -1],
  ['Pessima esperienza, personale maleducato e scortese.', -1],
  ['Spedizione in ritardo di tre settimane, vergognoso.', -1],
  ['Arrivato rotto e il venditore non risponde.', -1],
  ['Troppo caro per quello che offre.', -1],
  ['Delusa, mi aspettavo di più.', -1],
  ['Servizio clienti poco professionale e poco chiaro sui costi.', -1],
  ['Hanno addebitato due volte il pagamento, ancora nessun rimborso.', -1],
  ['Non funziona, da evitare.', -1],
  ['Taglia sbagliata e reso rifiutato, sono furiosa.', -1],
  ['Non è affatto buono.', -1],
  ['Mi hanno fregato, state alla larga.', -1],
  ['Camera sporca e bagno fatiscente, personale irraggiungibile.', -1],
  ['Porzioni abbondanti e prezzi onesti, personale gentilissimo.', 1],
  ["Non ho avuto nessun problema con l'ordine.", 1],
  ['Non lo comprerò mai più.', -1],
  ['Non mi hanno mai risposto, servizio clienti inesistente.', -1],
];

describe('scoreText on Italian customer reviews', () => {
  it.each(cases)('%s → %i', (text, sign) => {
    const r = scoreText(text);
    expect(r.language).toBe('it');
    expect(Math.sign(r.energy)).toBe(sign);
    expect(r.confidence).toBeGreaterThan(0);
  });
});
