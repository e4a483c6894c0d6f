/**
 * Italian adjectives, nouns and verbs of judgement (a systematic pass over the evaluative
 * vocabulary of a learner's dictionary, valence judged by the author), written for this project
 * (MIT). Format: see parseLexiconBlock.
 */
export const EVALUATIVE = `
# positive judgement
2.5 jo J | superlativo A, stupefacente A, prodigioso A, mirabile A, esemplare A, encomiabile A,
  esilarante A, splendore N, gloria N, glorioso A, magia N, magico A, gioire Vi, esultare V,
  rallegrare V, rallegrarsi, entusiasmare V, rinascere, un gran signore, gran signore
2 tr mg | amichevole A, caloroso A, calore N, compassionevole A, gioviale A, solare A, spiritoso A,
  sensibile A, rispettabile A, meritevole A, pregevole A, ingegnoso A, ingegno N, illuminante A,
  ispirante A, ispirare V, ispirato A, stimolante A, suggestivo A, lungimirante A, lungimiranza N,
  statista N, carisma N, fascino N, prosperità, prospero A, prosperare V, virtù, virtuoso A,
  valoroso A, benedire, benedetto, incoraggiare V, incoraggiante A, incoraggiamento N, onorare V,
  onorato, stimare V, consolare V, consolazione N, rassicurare V, risollevare V, valorizzare V,
  creativo A, creatività, diligente A, tenace A, tenacia N, eloquente A, sensato A, pacato A,
  ricchezza N, vitalità, lucidità
# negative judgement
-3 D A | abominevole A, aberrante A, agghiacciante A, atroce A, disumano A, malvagio A, malvagità,
  raccapricciante A, inqualificabile A, obbrobrio N, obbrobrioso A, sciagura N, orrore N,
  disgusto N, disgustare V, disgustato A, fraudolento A, abuso N, abusare V, abusivo A,
  maltrattare V, maltrattamento N, molestare V, molestia N, opprimere, oppressione N, oppresso A,
  tormento N, tormentare V, umiliare V, schifare V, avvelenare V, avvelenato A
-2.3 fr A | allucinante A, avvilente A, avvilito A, becero A, bieco A, bigotto A, cafone A,
  deleterio A, disgraziato A, dannoso A, feroce A, frustrante A, frustrato A, frustrazione N,
  gretto A, illegale A, illegittimo A, immorale A, incoerente A, incoerenza N, inguardabile A,
  inascoltabile A, illeggibile A, insensato A, insulso A, intollerante A, invivibile A,
  irrispettoso A, miserabile A, mostruoso A, nocivo A, ottuso A, sadico A, sfacciato A,
  sgradevole A, sgradito A, spiacevole A, stolto A, subdolo A, tossico A, viscido A, zotico A,
  sdegno N, sdegnato A, insoddisfatto A, insoddisfazione N, malcontento N, scontento A, nausea N,
  nauseante A, spavento N, stupidità, stupidaggine N, stupidaggini, zimbello N, calvario N,
  dramma N, drammatico A, piaga N, ferire Vi, condanna N, condannare V, calpestare V, soffocare V,
  deprimere, irritare V, infastidire Vi, affliggere
-1.5 fr dj | negativo A, negatività, pessimista A, pessimismo N, grave A, gravemente,
  indifferente A, indifferenza N, impotente A, imprudente A, maldestro A, sterile A, trascurato A,
  trascurare V, tirchio A, vuoto A, lamentoso A, lamentare V, disagio N, disagi, malumore N,
  rimorso N, pena N, vizio N, bocciare V, bocciato A, bocciatura N, penalizzare V, penalizzato A,
  punire Vi, punizione N, preoccupare V, stancare V, annoiare V, vergognare V, cieco A
`;
