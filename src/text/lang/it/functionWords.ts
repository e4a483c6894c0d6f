/**
 * Italian function words the scorer's rules use: negators, boosters and downtoners, contrast
 * markers. Written for this project (MIT). Booster steps follow VADER's B_INCR / B_DECR = 0.293
 * (Hutto & Gilbert 2014) unless a comment says otherwise.
 */

import { IT_LEXICON_DEFAULTS } from './defaults';

/** VADER's scalar for intensifiers and downtoners (see IT_LEXICON_DEFAULTS). */
const STEP = IT_LEXICON_DEFAULTS.boosterStep;

/**
 * Words that flip what follows within the negation scope. `nn` is the common tweet spelling of
 * `non`; `mica` and `manco` are colloquial negators; `senza` negates its complement
 * ("senza problemi"); `poco` / `poca` negate the adjective or noun they qualify ("poco
 * professionale"); `non più` (no longer) and `non ancora` (not yet) are one negation each.
 * `ne'` is the unaccented tweet spelling of `né`.
 */
export const IT_NEGATORS: readonly string[] = [
  'non', 'nn', 'mai', 'nessuno', 'nessuna', 'nessun', "nessun'", 'niente', 'nulla',
  'né', "ne'", 'neanche', 'nemmeno', 'neppure', 'senza', 'mica', 'manco', 'poco', 'poca',
  'non più', 'non piu', "non piu'", 'nn più', 'nn piu', 'non ancora',
];

/**
 * Intensifiers (> 0) and downtoners (< 0). `poco` / `poca` before an adjective or noun is the
 * ordinary Italian negation of it ("poco chiaro" = unclear, "poco male" = no harm done), so they
 * are negators above; `un poco`, `un po'` and `pochi` / `poche` (quantities: "pochi giorni")
 * are downtoners.
 */
export const IT_BOOSTERS: ReadonlyArray<readonly [string, number]> = [
  ['molto', STEP], ['molta', STEP], ['molti', STEP], ['molte', STEP],
  ['troppo', STEP], ['troppa', STEP], ['troppi', STEP], ['troppe', STEP],
  ['tanto', STEP], ['tanta', STEP], ['tanti', STEP], ['tante', STEP],
  ['davvero', STEP], ['veramente', STEP], ['proprio', STEP], ['super', STEP],
  ['assolutamente', STEP], ['così', STEP], ['cosi', STEP], ["cosi'", STEP], ['talmente', STEP],
  ['estremamente', STEP], ['incredibilmente', STEP], ['particolarmente', STEP],
  ['completamente', STEP], ['totalmente', STEP], ['decisamente', STEP], ['parecchio', STEP],
  ['enormemente', STEP], ['profondamente', STEP], ['terribilmente', STEP], ['follemente', STEP],
  ['straordinariamente', STEP], ['eccessivamente', STEP],
  ['altamente', STEP], ['tremendamente', STEP], ['seriamente', STEP], ['pienamente', STEP],
  ['gran', STEP], ['affatto', STEP], ['ultra', STEP], ['iper', STEP], ['stra', STEP], ['ben', STEP],
  ['un poco', -STEP], ['pochi', -STEP], ['poche', -STEP],
  ["po'", -STEP], ['pò', -STEP], ['po', -STEP], ['abbastanza', -STEP], ['leggermente', -STEP],
  ['piuttosto', -STEP], ['quasi', -STEP], ['appena', -STEP], ['vagamente', -STEP],
  ['relativamente', -STEP], ['discretamente', -STEP], ['meno', -STEP], ['parzialmente', -STEP],
  ['moderatamente', -STEP], ['lievemente', -STEP], ['sufficientemente', -STEP],
];

/**
 * Negative concord: in Italian `non` + one of these is a single negation ("non ho nessun
 * problema", "non è mai buono", "non lo compro mai più"), while `non … non` is a double one.
 * A negator followed in its clause by one of these (or by a phrase starting with one) does not
 * negate again.
 */
export const IT_CONCORD_WORDS: readonly string[] = [
  'mai', 'nessuno', 'nessuna', 'nessun', "nessun'", 'niente', 'nulla', 'né', "ne'", 'neanche',
  'nemmeno', 'neppure', 'mica', 'manco', 'affatto',
];

/** Contrast: the clause after these outweighs the one before ("bello ma caro"). */
export const IT_CONTRAST_AFTER: readonly string[] = [
  'ma', 'però', "pero'", 'pero', 'tuttavia', 'invece', 'eppure', 'comunque', 'ciononostante',
  'nondimeno', 'peccato che', 'solo che', 'se non che', 'sennonché', 'mentre invece',
];

/** Contrast: the clause these open is outweighed by the next one ("anche se costa, è ottimo"). */
export const IT_CONTRAST_BEFORE: readonly string[] = [
  'anche se', 'sebbene', 'benché', "benche'", 'benche', 'nonostante', 'malgrado', 'seppure',
  'seppur', 'pur', 'pure se', 'quantunque', 'ancorché',
];

/**
 * Frequent function words that generated inflections must never overwrite (a verb's present
 * form can collide with one: `finire` → `fino`, `comare` → `come`).
 */
export const IT_PROTECTED_FORMS: readonly string[] = [
  'come', 'fino', 'sono', 'era', 'ci', 'vi', 'ne', 'se', 'sei', 'sia', 'da', 'di', 'a', 'e', 'o',
  'i', 'la', 'le', 'lo', 'li', 'gli', 'il', 'un', 'una', 'uno', 'che', 'chi', 'con', 'per', 'tra',
  'fra', 'su', 'ma', 'più', 'meno', 'mi', 'ti', 'si', 'ho', 'ha', 'hai', 'hanno', 'anno', 'anni',
  'ora', 'poi', 'qui', 'qua', 'cosa', 'casa', 'dove', 'quando', 'solo', 'sola', 'tutto', 'tutti',
  'ancora', 'oggi', 'dopo', 'prima', 'sempre', 'mentre', 'posto', 'fatto', 'fatti', 'parte', 'volta',
  'conto', 'stato', 'stati', 'detto', 'dato', 'dati', 'caso', 'modo', 'vale', 'pare', 'porta',
  'sono', 'sta', 'stai', 'resto', 'mano', 'mese', 'mesi', 'male', 'bene', 'piano', 'certo', 'letto',
  // accent-stripped collisions: è → e, là → la, dà → da, né → ne, tè → te, perché stays
  'te', 'li', 'se', 'po',
  // verb forms that are mostly nouns in use: consiglio (advice, council), consigli, mente (mind)
  'consiglio', 'consigli', 'mente', 'vita', 'lavoro', 'governo', 'stato',
  // inflections that are other words: serie (series, not serious), pratica (practice), soli (alone)
  'serie', 'pratica', 'soli', 'tema', 'temi', 'fiere', 'gusto', 'aiuto', 'danno', 'vani',
  // rate, except, arbitration award (Lodo Alfano), estimates: tassare, salvare, lodare, stima
  'tasso', 'tassi', 'salvo', 'lodo', 'stime', 'buoni',
];

/**
 * Frequent Italian words that are not (common) English words, for language detection: articles,
 * pronouns, prepositions, conjunctions, auxiliaries, everyday verbs, adverbs and nouns (stated
 * reasoning: the top of any Italian frequency list, minus forms shared with English such as
 * `a`, `i`, `e`, `o`, `in`, `no`, `me`, `via`, `come`, `con`, `era`, `fare`, `dice`, `ha`, `per`, `chi`).
 */
export const IT_FUNCTION_WORDS: readonly string[] = [
  'il', 'lo', 'la', 'gli', 'le', "l'", 'un', 'una', 'uno', "un'", 'di', 'da', 'del', 'dello', 'della', 'dei',
  'degli', 'delle', "dell'", 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'", 'dal', 'dallo', 'dalla',
  'dai', 'dagli', 'dalle', "dall'", 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', "nell'", 'sul',
  'sullo', 'sulla', 'sui', 'sugli', 'sulle', "sull'", 'col', 'coi', 'tra', 'fra', 'su',
  'che', 'cui', 'non', 'nn', 'è', "e'", 'ma', 'però', 'perché', 'perchè', 'perche',
  'quando', 'mentre', 'quindi', 'allora', 'poi', 'anche', 'ancora', 'già', 'gia', 'più', 'piu', 'molto',
  'poco', 'tanto', 'così', 'cosi', 'sempre', 'mai', 'ora', 'adesso', 'oggi', 'domani', 'ieri', 'qui',
  'qua', 'là', 'lì', 'dove', 'cosa', 'niente', 'nulla', 'nessuno', 'tutto', 'tutti', 'tutta', 'tutte',
  'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'quelle', 'io', 'tu', 'lui',
  'lei', 'noi', 'voi', 'loro', 'mi', 'ti', 'ci', 'vi', 'si', 'ne', "c'", "m'", "t'", "s'", "d'",
  'mio', 'mia', 'miei', 'mie', 'tuo', 'tua', 'suo', 'sua', 'suoi', 'nostro', 'nostra', 'vostro',
  'sono', 'sei', 'siamo', 'siete', 'erano', 'sarà', 'sarebbe', 'stato', 'stata', 'essere',
  'ho', 'hai', 'abbiamo', 'avete', 'hanno', 'avere', 'aveva', 'fa', 'fatto', 'faccio',
  'fanno', 'va', 'vado', 'sto', 'sta', 'stai', 'stanno', 'può', 'posso', 'vuole', 'voglio', 'deve',
  'devo', 'detto', 'dire', 'vedere', 'grazie', 'ciao', 'sì', 'anzi', 'invece', 'comunque',
  'proprio', 'davvero', 'solo', 'senza', 'dopo', 'prima', 'sotto', 'sopra', 'contro', 'verso',
  'dentro', 'fuori', 'bene', 'male', 'meglio', 'peggio', 'buon', 'buona', 'buongiorno', 'bello',
  'bella', 'grande', 'nuovo', 'nuova', 'altro', 'altri', 'ogni', 'qualche', 'quanto', 'quale',
  'cmq', 'xké', 'xche', 'ke', 'tt', 'troppo', 'ecco', 'magari', 'forse', 'certo',
  // frequent everyday nouns and verbs that are not English words (detection of short texts)
  'governo', 'paese', 'lavoro', 'tempo', 'anni', 'anno', 'giorno', 'giorni', 'vita', 'casa',
  'persone', 'gente', 'cose', 'mondo', 'volta', 'parte', 'modo', 'stato', 'ragazzi', 'amici',
  'presidente', 'ministro', 'ministri', 'partito', 'partiti', 'politica', 'politici', 'soldi',
  'tasse', 'italiani', 'italia', 'sera', 'notte', 'domenica', 'settimana', 'mese', 'prezzo',
  'prodotto', 'ordine', 'pacco', 'consegna', 'spedizione', 'assistenza', 'servizio', 'cliente',
  'clienti', 'negozio', 'acquisto', 'rimborso', 'reso', 'qualità', 'arrivato', 'arrivata',
  'ricevuto', 'comprato', 'funziona', 'sempre', 'niente', 'nulla', 'tutto', 'siamo', 'vuole',
  'fanno', 'sarà', 'sembra', 'parla', 'pensa', 'capito', 'finalmente', 'speriamo', 'auguri',
  'ciao', 'buonanotte', 'buonasera', 'cazzo', 'vergogna', 'schifo', 'crisi', 'manovra',
];
