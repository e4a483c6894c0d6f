/**
 * Italian positive vocabulary, written for this project (MIT). Valences follow the VADER rating
 * of the English equivalent where there is one (grazie ≈ thanks 1.9, buono ≈ good 1.9, amore ≈
 * love 3.2), else the author's judgement on the same scale. Format: see parseLexiconBlock
 * (`valence tags | word CLASS, …`; tags: tr mg jo dr sf su fr dj = traits, J A S F L D W = emotions).
 */
export const POSITIVE = `
# excellence
3.2 jo J | ottimo A, eccellente A+, perfetto A, fantastico A, meraviglioso A, stupendo A,
  splendido A, magnifico A, favoloso A, strepitoso A, spettacolare A, eccezionale A,
  straordinario A, sublime A, impeccabile A
3.3 jo J | migliore A, il migliore, la migliore, il massimo, top, super top, perfettamente,
  ottimamente, benissimo, alla grande, da paura, una favola, una meraviglia, uno spettacolo,
  da urlo
1.5 jo | incredibile A
3 jo J | fenomenale A, formidabile A, grandioso A, divino A, mitico A, geniale A, pazzesco A,
  favolosamente, meravigliosamente, splendidamente
2.8 jo J | bellissimo A, stupendamente, magnificamente, eccellentemente
2.4 jo J | bello A+, bel, carino A+, grazioso A+, piacevole A+, gradevole A+, delizioso A+,
  squisito A+, gustoso A+, buonissimo A, figo A+, fico A, ganzo A, bellezza N
1.4 jo | bene, finalmente, forza
1.9 jo | buono A, buon, positivo A+, valido A+, interessante A+, utile A+, comodo A+,
  pratico A+, efficace A+, efficiente A+, funzionale A+, funziona, funzionano, funzionante A,
  conveniente A+, vantaggioso A+, ideale A, adatto A, adeguato A, soddisfacente A, decente A,
  discreto A, apprezzabile A, notevole A, lodevole A, ammirevole A+, degno A
1.5 jo | meglio, migliorato A, migliorare V, miglioramento N, migliore, giusto A+, giustamente,
  corretto A+, correttamente, preciso A+, puntuale A+, puntualmente, veloce A+, velocemente,
  rapido A+, rapidamente, tempestivo A, celere A, sicuro A+, affidabile A+, solido A+, robusto A,
  resistente A, pulito A+, ordinato A, curato A+, accurato A, completo A, chiaro A+, semplice A,
  facile A+, intuitivo A, ok, okay, okey, va bene, tutto ok, tutto bene, a posto, in ordine, sano A,
  fresco A+, nuovo di zecca, originale A
# service and people
2.5 tr mg | gentile A+, gentilezza N, gentilmente, cortese A+, cortesia N, disponibile A+,
  disponibilità N, premuroso A, professionale A+, professionalità N, competente A+, competenza N,
  preparato A+, serio A+, serietà N, onesto A+, onestà N, corretto A, affidabilità N, trasparente A,
  trasparenza N, cordiale A+, cordialità N, simpatico A+, simpatia N, accogliente A+, paziente A,
  pazienza N, comprensivo A, educato A, rispettoso A
2.5 tr | fiducia N, fidarsi, mi fido, fidato A, fidati, garanzia N, garantito A, affidabile,
  credibile A, credibilità N, onore N, dignità N, integrità N, coerente A, coerenza N, sincero A+,
  sincerità N, leale A, lealtà N, fedele A, rispetto N, stima N, stimo, stimato A, autorevole A,
  autorevolezza N
2.3 mg L | generoso A+, generosità N, altruista A, buono d'animo, bontà N, solidale A,
  solidarietà N, umano A, umanità N, umile A, umiltà N, magnanimo A, nobile A, dolce A+, dolcezza N,
  tenero A+, tenerezza N, affettuoso A+, affetto N, abbraccio N, abbracci, abbraccia, abbracciare V,
  bacio N, baci, bacioni, bacione, un bacio, coccole, coccola, amicizia N
# joy
3 jo J | felice A+, felicità N, felicemente, contento A+, contentezza N, gioia N, gioioso A,
  allegro A+, allegria N, entusiasta A, entusiasmo N, entusiasmante A, euforico A, emozionante A+,
  emozionato A, emozione N, fortunato A+, fortuna N, festa N, festeggiare V, sorriso N, sorridere V,
  divertente A+, divertito A, divertimento N, divertirsi, mi diverto, ci divertiamo, spasso, evviva,
  viva, urrà, yeah, yay, wow, evvai, vai così, daje
2.2 jo J | soddisfatto A+, soddisfazione N, soddisfare, soddisfa, soddisfano, sereno A+, serenità N,
  tranquillo A, tranquillità N, rilassante A, relax, rilassato A, pace N, benessere, piacere N,
  piaciuto A, piace, piacciono, mi piace, mi è piaciuto, mi sono piaciuti, gradito A+,
  graditissimo A, apprezzato A, apprezzare V, apprezzo, sollievo, vittoria N, vincere V, vinto A,
  successo N, trionfo N, trionfare V, festeggia, brindisi, auguri, tanti auguri, buon compleanno,
  buon natale, buone feste, buona pasqua, buon anno, felice anno nuovo, congratulazioni,
  felicitazioni, evviva
2 jo J | buongiorno, buonasera, buonanotte, buona giornata, buona serata, buona notte,
  buona domenica, buon weekend, buon fine settimana, buon lavoro, buon appetito, buona fortuna,
  in bocca al lupo, benvenuto A, bentornato A, ben fatto, ben detto, ben venga, buona notizia,
  buone notizie, ottima notizia, bella notizia
# love and desire
3.2 L | amore N, amori, amo, ti amo, vi amo, amare V, amato A, innamorato A+, innamorarsi, adoro,
  adorare V, adorabile A+, amabile A, cuore, cuoricino, passione N, appassionato A, love, lovvo
1.2 jo | grande, grandi, grandissimo A, mitico A, cuore, amico N, amica N, magari, sì, forte, carino
2 W | desiderio N, desiderare V, sogno N, sognare V, spero, speriamo, sperare V, speranza N,
  fiducioso A, ottimista A+, ottimismo N, non vedo l'ora, attesissimo A, finalmente
# gratitude and praise
1.9 mg J | grazie
2.6 mg J | grazie mille, mille grazie, grazie di cuore, grazie infinite, ringrazio,
  ringraziare V, ringraziamenti, ringraziamento N, grato A, gratitudine, riconoscente A,
  riconoscenza, thanks, thank you, thx, grz
2.8 tr J | complimenti, complimento N, bravo A+, bravi, brava, brave, bravissimi, bravissima,
  bravissimo, bravura, lodare V, lode N, elogio N, elogiare V, applausi, applauso N, applaudire V,
  chapeau, bravò, onore al merito, ben fatto, chapeau, standing ovation, consigliato A,
  consigliatissimo A, lo consiglio, la consiglio, li consiglio, le consiglio, lo consiglierei,
  lo raccomando, consiglio vivamente, da consigliare, consigliare V, raccomandare V, raccomandato A,
  ricomprerei, lo ricomprerei, tornerò, ci tornerò, torneremo, da provare, promosso A,
  promosso a pieni voti, dieci e lode
# drive and hope
2 dr | coraggio N, coraggioso A+, forza, forza ragazzi, avanti così, determinato A,
  determinazione N, impegno N, impegnato A, motivato A, motivazione N, energia N, energico A,
  grinta N, grintoso A, vitale A, vivace A, dinamico A, attivo A, capace A+, abile A, talento N,
  talentuoso A, esperto A, intelligente A+, intelligenza N, brillante A+, saggio A+, saggezza N,
  lucido A, innovativo A, innovazione N, crescita N, sviluppo N, ripresa N, rilancio N,
  rilanciare V, ripartire V, riparte, costruire V, costruttivo A, risolvere V, risolto A,
  soluzione N, risolutivo A, salvare V, salvezza N, rinascita N, rinnovamento N, riscatto N,
  opportunità, progresso N, progressi, avanzare, migliorie
1.5 tr | equità, equo A, giustizia N, giusto, legalità, onesti, merito N, meritocrazia N,
  meritato A, meritare V, libertà, trasparenza, responsabile A+, responsabilità, sobrio A, sobrietà,
  competenti, credibile, autorevole, stabilità, stabile A, unito A, uniti, pulizia, sostenere V,
  sostegno N, sostenibile A, appoggiare V, appoggio N, favorevole A, d'accordo, sono d'accordo,
  concordo, condivido, condividere V, approvo, approvare V, approvato A, sì
# customer-side positives
2.5 tr jo | rimborsato A, rimborso ricevuto, rimborso immediato, rimborsato subito,
  arrivato in tempo, arrivato prima, arrivato puntuale, consegna veloce, consegna rapida,
  spedizione veloce, spedizione rapida, spedizione velocissima, consegna puntuale, in anticipo,
  ben imballato, imballaggio perfetto, ottimo servizio, servizio eccellente, servizio impeccabile,
  assistenza eccellente, assistenza impeccabile, assistenza top, ottima assistenza, ottimo prodotto,
  prodotto eccellente, ottimo acquisto, acquisto consigliato, buon acquisto, un affare,
  un ottimo affare, un vero affare, un buon affare, ottimo rapporto qualità prezzo,
  ottimo rapporto qualità-prezzo, buon rapporto qualità prezzo, buon rapporto qualità-prezzo,
  qualità prezzo ottimo, prezzo onesto, prezzo giusto, prezzi onesti, come descritto,
  come da descrizione, conforme A, esattamente come descritto, tutto perfetto, tutto ok,
  nessun problema, nessun difetto, senza problemi, zero problemi, problema risolto, risolto subito,
  risposta rapida, risposta veloce, pronta risposta, soddisfatto del servizio, cliente soddisfatto,
  clienti soddisfatti, vale la pena, ne vale la pena, soldi ben spesi, ben spesi
`;
