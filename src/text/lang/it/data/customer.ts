/**
 * Italian customer-domain phrases (orders, delivery, returns, refunds, support), where the words
 * alone would read wrongly or not at all ("costa poco", "dura poco", "tempi di consegna lunghi"),
 * written for this project (MIT). Format: see parseLexiconBlock.
 */
export const CUSTOMER = `
# delivery, orders, products
-2.5 fr | tempi di consegna lunghi, tempi di consegna lunghissimi, tempi di attesa lunghi,
  consegna in ritardo, consegnato in ritardo, spedizione in ritardo, pacco in ritardo,
  ordine in ritardo, ritardo nella consegna, ritardo di consegna, settimane di attesa,
  mesi di attesa, giorni di attesa, dopo settimane, dopo mesi, aspetto ancora, aspettiamo ancora,
  ancora in attesa, sono ancora in attesa, in attesa del rimborso, aspetto il rimborso,
  aspetto ancora il rimborso, rimborso mai arrivato, mai rimborsato, non mi hanno rimborsato,
  non rimborsano, ordine annullato, ordine sbagliato, prodotto sbagliato, articolo sbagliato,
  taglia sbagliata, colore diverso, non corrisponde alla descrizione, diverso da come descritto,
  mancano pezzi, pezzi mancanti, arrivato rotto, arrivato danneggiato, arrivato aperto,
  pacco danneggiato, pacco aperto, scatola rovinata, confezione rovinata, si è rotto, si è rotta,
  si rompe, si rompono, non si accende, non si accendono, non carica, non si carica,
  smette di funzionare, ha smesso di funzionare, non funziona più, dura poco, durato poco,
  la batteria dura poco, costi nascosti, spese nascoste, addebiti nascosti, numero a pagamento,
  ore al telefono, ore di attesa, attesa al telefono, rimbalzato da un operatore all'altro,
  operatore scortese, operatori scortesi, operatori incompetenti, esperienza negativa,
  esperienza pessima, pessima esperienza, brutta esperienza, esperienza da dimenticare,
  da dimenticare, prezzi alti, prezzo alto, prezzi alle stelle, costa troppo, costano troppo,
  caro per quello che offre, non vale il prezzo, non vale la pena, non ne vale la pena,
  non funziona bene, assistenza nulla, assistenza lenta, assistenza scadente,
  servizio clienti assente, servizio clienti scadente
2.5 jo tr | costa poco, costano poco, prezzo basso, prezzi bassi, prezzo imbattibile,
  prezzi imbattibili, imbattibile A, qualità prezzo imbattibile, vale ogni centesimo,
  soldi spesi bene, in tempi record, tempi di consegna rapidi, consegna in tempi brevi,
  consegnato in tempo, arrivato in perfette condizioni, in perfette condizioni,
  perfettamente funzionante, funziona alla perfezione, funziona perfettamente, funziona benissimo,
  ben confezionato, imballato bene, confezione curata, lo rifarei, lo ricomprerei subito,
  tornerò sicuramente, torneremo sicuramente, ci tornerò sicuramente, cliente fedele,
  clienti fedeli, problema risolto subito, hanno risolto, sostituzione immediata, cambio immediato,
  reso facile, reso gratuito, reso semplice, reso veloce, rimborso rapido, rimborso veloce,
  rimborsato subito, assistenza rapida, assistenza veloce, assistenza gentile,
  assistenza disponibile, assistenza competente, servizio clienti impeccabile,
  servizio clienti eccellente, servizio clienti top, servizio clienti gentile, personale gentile,
  personale cordiale, personale disponibile, personale qualificato, staff gentile, staff cordiale
# the expectation gap of service: what never came, came late, was charged twice or had to be asked
# for again (every repeated contact is a defect); what came early or was replaced at no cost
-2 fr | non ho ricevuto, non abbiamo ricevuto, non ho mai ricevuto, mai ricevuto, mai arrivato,
  mai arrivata, non è ancora arrivato, non è ancora arrivata, non sono ancora arrivati,
  non ancora arrivato, ancora non arrivato, ancora non è arrivato, ancora niente, ancora nulla,
  nessuna notizia, nessuno mi ha richiamato, nessuno ci ha richiamato, non mi hanno richiamato,
  non mi ha richiamato, mai richiamato, nessuno risponde, non risponde nessuno, non rispondono,
  ho chiamato tre volte, ho chiamato più volte, chiamato tre volte, chiamato più volte,
  chiamato due volte, ho scritto più volte, scritto più volte, scritto tre volte,
  per l'ennesima volta, ho dovuto richiamare, ho dovuto sollecitare, sollecitato più volte
-2 fr | aspettato una settimana, aspettato due settimane, aspettato tre settimane, aspettato settimane,
  aspettato un mese, aspettato due mesi, aspettato mesi, aspettato giorni, atteso settimane,
  atteso un mese, dopo tre settimane, dopo un mese
-1.8 fr | arrivato tardi, arrivata tardi, arrivati tardi, arrivate tardi, consegnato tardi,
  consegnata tardi, rimborsato tardi, risposto tardi
-0.8 fr | aspettato, aspettata, aspettati
-2 fr | non si aggiorna, tracking fermo, fermo da giorni, non è passato, non è mai passato,
  nessuno mi ha risposto, nessuno ha risposto, non mi hanno risposto, mai risposto, senza risposta,
  non è ancora stato accreditato, non ancora accreditato, non è stato accreditato, mai accreditato,
  non mi è stato accreditato, sempre occupato, sempre occupata, linea occupata, attesa infinita,
  attese infinite, ti fa aspettare, fanno aspettare, non riesco a fare il reso,
  non riesco ad accedere, non riesco a contattare, non riesco a parlare con, non riesco ad annullare,
  non riesco a disdire, non riesco a pagare, impossibile contattare, impossibile annullare
-1.5 fr | mi avevano promesso, avevano promesso, messaggio automatico, messaggi automatici,
  risposta automatica, risposte automatiche, risposta preconfezionata, copia e incolla,
  dopo cinque giorni, dopo sei giorni, dopo sette giorni, dopo otto giorni, dopo dieci giorni,
  dopo quindici giorni, dopo venti giorni, dopo due settimane
-2 su A | senza avvisarmi, senza avvisare, senza preavviso, senza avviso, senza il mio consenso,
  a mia insaputa
-2.2 su A | addebitato due volte, addebitata due volte, doppio addebito, addebito doppio,
  pagato due volte, addebitato il doppio
2 tr dr | ordinerò di nuovo, ordinerò ancora, ricomprerò, riordinerò, comprerò di nuovo,
  comprerò ancora, riacquisterò
1.8 tr jo | in anticipo, arrivato in anticipo, arrivata in anticipo, consegnato in anticipo,
  prima del previsto
2 tr mg | sostituito gratis, sostituito gratuitamente, sostituita gratis, cambiato gratis,
  sostituzione gratuita, me lo hanno sostituito
# product, room and plate: the in-/s- negatives and the generous portions
-2 fr | scomodo A, inutilizzabile A, irraggiungibile A, irreperibile A, inesistente A, inefficace A,
  impreciso A, incomprensibile A, ingiustificato A, immotivato A, sproporzionato A, esagerato A,
  eccessivo A, sudicio A, fatiscente A, decadente A, porzioni scarse, porzioni piccole, porzioni misere,
  camera sporca, bagno sporco, lenzuola sporche, piatto freddo, cibo freddo
1.5 jo | abbondante A, porzioni abbondanti, casereccio A, maneggevole A, reperibile A, raggiungibile A,
  pulitissimo A, pulitissima, comodissimo A, camera pulita, letto comodo, colazione abbondante
`;
