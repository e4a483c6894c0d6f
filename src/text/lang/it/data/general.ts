/**
 * More general Italian evaluative vocabulary (everyday words from frequency lists, valence
 * judged by the author), written for this project (MIT). Format: see parseLexiconBlock.
 */
export const GENERAL = `
# irregular participles and fixed verb phrases
-2 fr dj | perduto A, stangare V, stangato A, rimasto male, rimasta male, rimasti male, rimaste male,
  ci sono rimasto male, ci sono rimasta male, preso in giro, presa in giro, messo male, messi male,
  fatto male, fatta male, porca, puttana
-1.5 dj | illusione N, illusorio A, disilluso, c'è da spararsi, da spararsi, conflitto N, conflitti, piove governo ladro
1.5 tr | ha ragione, hai ragione, avete ragione, aveva ragione, avevi ragione, ho ragione, fatto bene,
  hai fatto bene, ha fatto bene, hanno fatto bene
# positive
3.5 jo J | capolavoro N, eccellenza N, impagabile A, incantevole A, paradisiaco A,
  indimenticabile A, eccelso A, insuperabile A, ineguagliabile A, spettacolo
2.5 jo J | fenomeno N, mito N, genio N, idolo N, eroe N, eroico A, leggendario A, campione N,
  campioni, vincente A, vincitore N, orgoglioso A, orgoglio N, fiero A, onorato A, commovente A,
  commosso A, toccante A, romantico A, affascinante A, carismatico A, attraente A, elegante A+,
  raffinato A, confortevole A, saporito A, genuino A, prezioso A+, speciale A, premio N, premiato A,
  premiare V, regalo N, regalare V, dono N, benedizione N, benedetto A, grazia, paradiso N,
  gioiello N, perla N, risata N, risate, godere V, godersi, gustare V, ammirare V, ammirazione N,
  brindare V, celebrare V, congratularsi, ce l'ho fatta, ce l'abbiamo fatta, ce l'hai fatta,
  guarire Vi, guarito A, lieto A, lieta notizia, beato A, fortunatamente, per fortuna, meno male,
  menomale, evviva, bentornato
1.5 jo | miracolo N, miracoloso A, sorprendente A, luminoso A, naturale A, salutare A, autentico A,
  moderno A, spazioso A, silenzioso A, profumato A, indispensabile A, essenziale A, fondamentale A,
  importante A, vantaggio N, beneficio N, benefico A, guadagno N, guadagnare V, risparmio N,
  risparmiare V, sconto N, sconti, omaggio N, gratis, gratuito A, gratuitamente, aiutare V,
  aiutato A, proteggere V, protetto A, curare V, riuscire Vi, riuscito A, riuscita N, rispettare V,
  rispettato A, conquista N, conquistare V, vero A, verità, prego, volentieri, con piacere,
  figurati pure, ci mancherebbe, tranquillamente, serenamente, felice di, lieto di, fantastici,
  idee chiare, chiarezza N, efficacia N, efficienza N, bravura, sapiente A, intelligentemente,
  elegantemente, onestamente
1 jo | tesoro, voglia di, ridere, interessa, interessato A, curioso A, curiosità, attesa piacevole,
  novità, vacanza N, vacanze, estate N, primavera N, festa, weekend, relax, musica, sorpresa N,
  pazienza, conforto N, confortante A, rassicurante A, rassicurato A, calmo A, calma N, gentili
# negative
-3 D A | crudele A, crudeltà, spietato A, meschino A, vile A, ignobile A, indegno A, indecoroso A,
  impresentabile A, immangiabile A, imbevibile A, lurido A, ripugnante, schifosamente, strage N,
  stragi, omicidio N, omicidi, assassino N, assassinio N, assassini, uccidere, ucciso A,
  ammazzare V, ammazzato A, terrorismo N, terrorista A, attentato N, stupro N, violentare V,
  razzismo N, razzista A, nazista A, nazismo N, fascista A, fascismo N, camorra N, 'ndrangheta,
  crimine N, crimini, delitto N, rapina N, rapinare V, frode N, frodi, schiavista A, genocidio N
-2.3 D A | sporco A+, sporcizia N, puzzolente A, puzza N, fetore N, puzzare V, scaduto A,
  avariato A, rancido A, stantio A, marcito A, muffa N, ammuffito A, bruciato A, insipido A,
  scotto A, aggressivo A, aggressività, ostile A, ostilità, invidioso A, invidia N, geloso A,
  gelosia N, vendetta N, vendicarsi, nemico N, nemici, imbarazzante A, umiliante A, umiliazione N,
  umiliato A, offensivo A, offesa N, offeso A, offendere, insulto N, insulti, insultare V,
  insultato A, deridere, deriso A, disprezzo N, disprezzare V, ignorante A, ignoranza N, ignoranti,
  analfabeta A, incivile A, inciviltà, barbaro A, barbarie, rozzo A, volgare A, volgarità,
  insostenibile A, intollerabile, sleale A, slealtà, ingrato A, ingratitudine, losco A, ingannare V,
  inganno N, ingannevole A, ingannato A, malato A, malattia N, ferito A, ferita N, cancro N,
  tumore N, incidente N, incidenti, malore N, infortunio N, uccide
-1.5 fr | debole A, debolezza N, fragile A, banale A, banalità, strano A, stranamente, ambiguo A,
  ambiguità, rumoroso A, rumore N, burocrazia N, burocratico A, scartoffie, coda infinita, esoso A,
  salato A, carissimo, urlare V, gridare V, urla, arrabbiarsi, incazzarsi, mi incazzo, preoccuparsi,
  annoiarsi, stancarsi, pentirsi, pentito A, pentimento N, rimpiangere, rimpianto N, ignorare V,
  ignorato A, abbandonare V, costringere, costretto A, costretti, obbligare V, obbligato A, imporre,
  imposto A, impedire Vi, negare V, negato A, rifiutare V, rifiutato A, rifiuto N, annullare V,
  bloccare V, sospensione N, sospeso A, sospendere, ennesimo A, ennesima volta, il solito,
  la solita, i soliti, le solite, solita storia, la solita storia, sempre la stessa storia,
  freddo A, gelido A, grigio A, buio A, oscuro A, pesante A, pesantezza, noiosissimo A, fatica N,
  faticoso A, stressante A, stress, stressato A, costoso, sovrapprezzo
-1.5 fr D | fa ridere, fanno ridere, far ridere, fate ridere, da ridere, c'è da ridere, ridicolmente
1.5 dr | uscire dalla crisi, fuori dalla crisi, superare la crisi, uscita dalla crisi, manca poco,
  ci siamo quasi
-1 dj | speravo, speravamo, avrei sperato, mi aspettavo di più, mi aspettavo meglio,
  ci aspettavamo di più
-0.8 fr | contro, no, nooo, anti, sfortunatamente, attesa N, in attesa da, scusa, scusate, scusami,
  mi scuso, chiedo scusa, ci scusiamo
3 jo J | meraviglia N, meravigliato A, meravigliare V, miglior, succulento A, plaudire Vi, plauso N,
  plaude
-3 fr D | peggior, martirio N, tortura N, torturare V, incubo
-1.5 fr F | spaventare V, terrorizzare V, pasticcio N, pasticci, pasticciato A, strappo N, scacco N,
  indigesto A, parolacce, parolaccia N, non sopporto, non li sopporto, non lo sopporto,
  non la sopporto, non ne posso più, non ce la faccio più, non se ne può più
2.4 jo J | bei, begli, bell', bellino A, sorridente A, radioso A, raggiante A, affascinato A,
  entusiasmato A, deliziare V, delizia N, bella figura, una bella figura, gran figura,
  una gran figura, figurone N, non mollare, non mollo, non molliamo, barcollo ma non mollo
1 jo | benino, carino, niente male, mica male, non c'è male, poco male
-1 fr | malino, bruttino A, maluccio, così così, cosi cosi, insomma, meh, nì
-2 fr D | inadatto A, inadeguatezza N, impazzito A, impazzire Vi, sconvolto A, sconvolgente A,
  demenziale A, brutta figura, una brutta figura, figuraccia N, armata brancaleone, allo sbaraglio,
  incompetenza, dilettante A, dilettanti allo sbaraglio, improvvisato A, improvvisazione N,
  pressappochismo, approssimativo A, approssimazione N
1 tr | prudenza N, prudente A, saggiamente, equilibrio N, equilibrato A, moderazione N, moderato A
`;
