/**
 * Regular Italian verb forms, used to expand the lexicon's verb entries (`consigliare` →
 * `consiglio`, `consigliato`, `consiglierei`, …). Irregular forms are written out in the data.
 */

const ENDINGS = {
  are: {
    present: ['o', 'i', 'a', 'iamo', 'ate', 'ano'],
    imperfect: ['avo', 'avi', 'ava', 'avamo', 'avate', 'avano'],
    future: ['erò', 'erai', 'erà', 'eremo', 'erete', 'eranno'],
    conditional: ['erei', 'eresti', 'erebbe', 'eremmo', 'ereste', 'erebbero'],
    participle: ['ato', 'ata', 'ati', 'ate'],
    other: ['ando', 'iate', 'ino', 'ò', 'arono', 'are', 'arlo', 'arla', 'arli', 'arle', 'armi', 'arti', 'arci', 'asse', 'assero'],
  },
  ere: {
    present: ['o', 'i', 'e', 'iamo', 'ete', 'ono'],
    imperfect: ['evo', 'evi', 'eva', 'evamo', 'evate', 'evano'],
    future: ['erò', 'erai', 'erà', 'eremo', 'erete', 'eranno'],
    conditional: ['erei', 'eresti', 'erebbe', 'eremmo', 'ereste', 'erebbero'],
    participle: ['uto', 'uta', 'uti', 'ute'],
    other: ['endo', 'ere', 'erlo', 'erla', 'erli', 'erle', 'ermi', 'erti', 'esse'],
  },
  ire: {
    present: ['o', 'i', 'e', 'iamo', 'ite', 'ono'],
    imperfect: ['ivo', 'ivi', 'iva', 'ivamo', 'ivate', 'ivano'],
    future: ['irò', 'irai', 'irà', 'iremo', 'irete', 'iranno'],
    conditional: ['irei', 'iresti', 'irebbe', 'iremmo', 'ireste', 'irebbero'],
    participle: ['ito', 'ita', 'iti', 'ite'],
    other: ['endo', 'ì', 'irono', 'ire', 'irlo', 'irla', 'irli', 'irle', 'irmi', 'irti', 'isse'],
  },
} as const;

/** Present-tense endings of -ire verbs that take -isc- (finire → finisco). */
const ISC_PRESENT = ['isco', 'isci', 'isce', 'iamo', 'ite', 'iscono'];

/** Join a stem and an ending with the regular spelling adjustments of Italian. */
function join(stem: string, ending: string, group: 'are' | 'ere' | 'ire'): string {
  const first = ending.charAt(0);
  const soft = first === 'e' || first === 'i';
  if (group === 'are') {
    // cercare → cerchi, cercherò; pagare → paghi, pagherò (keep the hard sound).
    if ((stem.endsWith('c') || stem.endsWith('g')) && soft) return `${stem}h${ending}`;
    // lasciare → lascerò, mangiare → mangerò (the i only softened the c/g).
    if ((stem.endsWith('ci') || stem.endsWith('gi')) && first === 'e') return stem.slice(0, -1) + ending;
  }
  // consigliare → consigli, consigliamo (no double i).
  if (stem.endsWith('i') && first === 'i') return stem + ending.slice(1);
  return stem + ending;
}

/**
 * The regular forms of an Italian infinitive (`-are`, `-ere`, `-ire`): present, imperfect,
 * future, conditional, participle (four forms), gerund, clitic forms, and the -are subjunctive
 * (the -ere / -ire subjunctive in -a is left out: it collides with nouns, temere → tema).
 * `isc` selects the -isc- present of verbs like `finire`, `preferire`.
 *
 * @example
 * conjugateItalian('consigliare', { isc: false }).includes('consiglierei'); // true
 */
export function conjugateItalian(infinitive: string, options: { isc: boolean }): string[] {
  const group = infinitive.slice(-3);
  if (group !== 'are' && group !== 'ere' && group !== 'ire') return [infinitive];
  const stem = infinitive.slice(0, -3);
  const table = ENDINGS[group];
  const present = group === 'ire' && options.isc ? ISC_PRESENT : table.present;
  const all = [...present, ...table.imperfect, ...table.future, ...table.conditional, ...table.participle, ...table.other];
  const forms = new Set<string>();
  for (const ending of all) forms.add(join(stem, ending, group));
  return [...forms];
}
