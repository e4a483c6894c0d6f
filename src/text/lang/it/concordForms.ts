import type { LexiconEntry } from '../../languagePack';

/**
 * What may stand between `non` and an n-word in everyday Italian (auxiliaries, clitics, the
 * commonest participles, the customer's buy / come back verbs), written as the elision tokeniser
 * reads them (`c' è`).
 */
const MIDDLES: readonly string[] = [
  '', 'è', "e'", 'ho', 'ha', 'hai', 'hanno', 'abbiamo', 'avete', 'sono', 'sei', 'siamo', 'era', 'erano',
  "c' è", "c' e'", "c' era", 'ci sono', 'ci sono stati', 'mi è', 'mi ha', 'mi hanno', 'ci hanno', 'ci ha',
  "l' ho", "l' hanno", 'lo', 'la', 'li', 'le', 'ne', 'si', 'mi', 'ti', 'ci', 'vi', 'ho avuto',
  'abbiamo avuto', 'ha avuto', 'ho ricevuto', 'abbiamo ricevuto', 'mi è arrivato', 'è stato', 'è stata',
  'sono stati', 'è arrivato', 'è arrivata', 'ho visto', 'ho trovato', 'abbiamo trovato',
  // the customer's "never again": non lo comprerò mai più, non ci torno mai più
  'compro', 'comprerò', 'lo compro', 'lo comprerò', 'lo ricompro', 'lo ricomprerò', 'ci torno',
  'ci tornerò', 'ci torneremo', 'torno', 'tornerò', 'ordino', 'ordinerò', 'acquisto', 'acquisterò',
  'ci metto piede', 'ci metterò piede', 'lo userò', 'lo consiglierò', 'li contatterò',
];

/**
 * Negative concord as data: `non` + an n-word is ONE negation in Italian ("non ho nessun
 * problema", "non è mai buono"), but a scorer that counts negators sees two. So every
 * `non|nn + middle + n-word` becomes one multi-word negator, and every phrase that starts with an
 * n-word ("nessun problema", "mai più") also exists behind `non|nn + middle` with the same entry;
 * the scorer's longest match then reads one negation. O(middles × (n-words + n-word phrases)).
 *
 * @example
 * concordForms(new Set(['mai']), new Map([['mai più', { valence: -2.8 }]])).negators.includes('non è mai'); // true
 */
export function concordForms(
  concordWords: ReadonlySet<string>,
  phrases: ReadonlyMap<string, LexiconEntry>,
): { negators: string[]; phrases: [string, LexiconEntry][] } {
  const negators: string[] = [];
  const out: [string, LexiconEntry][] = [];
  const led = [...phrases].filter(([k]) => concordWords.has(k.slice(0, k.indexOf(' '))));
  for (const not of ['non', 'nn']) {
    for (const middle of MIDDLES) {
      const lead = middle === '' ? not : `${not} ${middle}`;
      for (const w of concordWords) negators.push(`${lead} ${w}`);
      for (const [k, entry] of led) out.push([`${lead} ${k}`, entry]);
    }
  }
  return { negators, phrases: out };
}
