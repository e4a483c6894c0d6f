/**
 * The social and political register of Italian posts (tweets about government, taxes, the
 * economy), and tweet slang, written for this project (MIT). Weights are modest: these words
 * lean one way in public debate without being sentiment words in every sentence.
 * Format: see parseLexiconBlock.
 */
export const SOCIAL = `
# economy and taxes: burdens
-1.5 fr dj | tasse, tassa N, tassare V, tassato A, tassazione N, tartassare V, tartassato A,
  balzello N, balzelli, gabella N, stangata N, salasso, imposta N, imposte, patrimoniale N, accise,
  superbollo, rincaro N, rincari, aumento delle tasse, aumenti, aumentano, rincarano, caro benzina,
  caro vita, carovita, costo della vita, sacrificio N, sacrifici, lacrime e sangue, tagli, taglio N,
  tagliare V, tagliano, austerità, austerity, recessione N, depressione economica, disoccupazione N,
  disoccupato A, disoccupati, licenziamento N, licenziamenti, licenziare V, licenziato A,
  cassa integrazione, esodati, precari, precariato, sfruttati, sottopagato A, debito N, debiti,
  indebitato A, default, bancarotta, fallimenti, spread, crollo della borsa, borsa crolla,
  mercati in calo, povertà, poveri, impoverimento N, miseria, fame, evasione, disuguaglianza N,
  iniquo A, iniquità, ingiusto A+, ingiustizia N, ingiustamente, a carico dei cittadini,
  a spese dei cittadini, pagano sempre, pagano i soliti, sempre gli stessi, i soliti noti,
  pignoramento N, pignorato A, sfratto N, sfrattato A, suicidi, suicidio N, chiusura N, chiude,
  chiudono, chiusi, serrande abbassate
# politics: scorn and suspicion
-2 su A | vergogna, corrotti, ladri, ladrocinio, mafiosi, casta, inciucio, regime N, dittatura N,
  dittatore N, golpe, colpo di stato, tecnocrazia, tecnocrati, commissariamento N, commissariati,
  poteri forti, massoneria, massone N, massoni, complotto N, complotti, burattino N, burattini,
  burattinaio N, marionetta N, marionette, servo delle banche, servi delle banche,
  servi dei poteri forti, svenduto A, svendita N, svendere V, teatrino N, teatrini, farsa N,
  sceneggiata N, circo N, buffonata, presa in giro, prese in giro, prendere in giro,
  ci prendono in giro, presi in giro, pigliare per il culo, per il culo, prendono per il culo,
  supercazzola N, propaganda N, demagogia N, demagogo N, demagogico A, populismo N, populista A,
  qualunquismo N, qualunquista A, slogan, chiacchiere, solo chiacchiere, promesse, promesse mancate,
  promesse non mantenute, bugie, balle, frottole, fandonie, bufala N, bufale, fake, scandali,
  indagato A, indagati, condannato A, condannati, inquisito A, pregiudicato A, arrestato A, arresti,
  prescrizione, impunità, immunità, conflitto di interessi, leggi ad personam, ad personam,
  porcellum, voltagabbana, trasformismo, trasformisti, cambiacasacca, mercato delle vacche,
  compravendita, bunga bunga, olgettine, escort, nani e ballerine, malgoverno, malaffare,
  malapolitica, sprechi della politica, costi della politica, rimborsi elettorali,
  finanziamento pubblico, auto blu, doppio stipendio, stipendi d'oro, pensioni d'oro, privilegiati,
  parassiti, mangiapane, magna magna, mangiano, rubano, rubato A, hanno rubato, sperperano,
  svendono, affamare, affamano, dissanguare V, spremere V, spremuti, mungere, presa per i fondelli,
  schiavi, schiavitù, sudditi, pecore, gregge, lobotomizzati, rincoglioniti, rincoglionito A,
  gerontocrazia, antipolitica, casino, caos, disastro, sfascio N, sfasciare V, allo sfascio,
  declino N, degrado N, degradante A, decadenza N, baratro, rovina, macerie
-1 su | manovra, manovre, finanziaria, decreto salva italia, salva italia, riforma delle pensioni,
  riforma pensioni, liberalizzazioni selvagge, governo tecnico, tecnici, banche, banchiere N,
  fiscal compact, pareggio di bilancio, mercati, rating, declassamento N, declassato A, downgrade,
  spread alle stelle, europa delle banche, poteri, potenti, élite, elite, inciuci, alleanze,
  larghe intese, grande coalizione, ribaltone N, ricatto N, ricatti, ricattare V, minacce,
  attacco N, attacchi, attacca, attaccare V, scontro N, scontri, litiga, litigano, litigare V,
  lite N, polemica N, polemiche, polemico A, accusa N, accuse, accusare V, denuncia N, denunce,
  denunciare V, critica N, critiche, criticare V, contestazione N, contestare V, contestato A,
  sciopero N, scioperi, scioperare V, protesta, proteste, manifestanti, indignati, rivolta N,
  rivolte, guerra N, guerre, violenza N, violento A, scontri di piazza, sangue, vittima N, vittime,
  colpa N, colpe, colpevole A, responsabile della crisi
# politics: approval and hope
1 tr | riforme, riforma N
1.8 tr dr | rinnovamento, cambiamento N, svolta N, cambiare, cambiare rotta, nuova era, ripresa,
  crescita, sviluppo, investimenti, investire V, lavoro per i giovani, posti di lavoro,
  occupazione N, assunzioni, assumere, equità, rigore ed equità, sobrietà, serietà, competenza,
  competenti, preparati, onestà, onesti, credibilità, autorevolezza, fiducia, fiducia al governo,
  stabilità, salvare l'italia, salva l'italia, salvato l'italia, ce la faremo, ce la possiamo fare,
  ce la faremo insieme, uniti, coesione, dialogo, confronto costruttivo, responsabilità,
  senso dello stato, senso di responsabilità, buon governo, buona politica, buon lavoro,
  in bocca al lupo, speriamo bene, auguri di buon lavoro, w l'italia, viva l'italia, forza ragazzi,
  partecipazione N, trasparenza, legalità, giustizia, libertà, pace, solidarietà, diritti civili,
  rispetto, dignità
# more of the register: scorn, blows, insults; and praise of a public figure
-2.5 fr D | ammucchiata N, politicanti, politicume, partitocrazia N, poltronificio,
  vecchia politica, macelleria sociale, massacro N, massacrare V, mazzata N, batosta N, beffa N,
  beffati, cornuti e mazziati, oltre al danno la beffa, indecenza N, sfacelo N, tracollo N,
  disfatta N, debacle, flop, fiasco N, porcata N, robaccia N, ciofeca N, bidonata N,
  tirare il pacco, bordello N, testa di cazzo, faccia di culo, pezzo di merda, figlio di puttana,
  figli di puttana, somaro N, psiconano, zerbino N, fantoccio N, pupazzo N, iena N, iene,
  affamatori, macellai
-1.5 fr | gaffe, governissimo, nano N, asino N, capra N, capre
2.2 tr mg | grande uomo, persona perbene, perbene, galantuomo N, boccata d'aria, boccata d'ossigeno,
  boccata di ossigeno, rinascimento N, buon senso, buonsenso, pacatezza N
# tweet slang and interjections
1.5 jo J int | ahah, ahahah, ahahahah, ahahahahah, ahahahahahah, ahaha, ahahaha, ahahahaha, hahaha,
  hahah, haha, hahahaha, ahahha, ahahaah, ahhaha, lol, xd, xdd, asd, rotfl, lmao, ahahahahahahah,
  evvai, olè, hurrà, hihi, eheh, ehehe, ihih, yes, yeah
1.5 jo J | muoio, sto ridendo, che ridere, mi fai ridere, troppo forte, grandeee, bravoo, sisi,
  siii, figata N, figate, una figata, che figata, gasato A, gasatissimo A
1.2 L int | bacioni, baci, abbraccioni, kiss, xoxo, tvb, ti voglio bene, vi voglio bene, tvtb,
  tvukdb, ily, cuoricini
-1.5 fr A int | uffa, uff, mannaggia, accidenti, ahimè, ahime, ahimé, aimè, ohibò, che pena,
  che tristezza, che noia, bleah, puah, bah, mah, boh, meh, sigh, argh, grr, grrr, nooo, noooo, wtf,
  oddio, mio dio, dio mio, santo cielo, vabbè, vabbe, vabbe'
-1.5 fr A | cavolo, maledizione, ma va, ma dai, ma per favore, per carità, ma quando mai, figurati,
  figuriamoci, sì certo, come no, seee, sicuro come no, pazzesco, assurdo, roba da matti,
  roba da pazzi, cose da pazzi, da matti, follia N, follie, folle A, pazzia N, pazzo A, pazzi,
  matto A, delirio N, deliri, delirante A, ma siamo matti, siamo alla frutta, alla frutta,
  ma che cazzo, che cazzo, cazzo di, del cazzo, col cazzo, sti cazzi, a puttane, andare a puttane,
  a rotoli, allo sbando, sbando, mandare a casa, tutti a casa, andate a casa, vattene, andatevene,
  dimettiti, dimettetevi, dimissioni, dimissioni subito, fuori dai coglioni, fuori dalle palle,
  levatevi, vergognatevi tutti
`;
